import type { OrgRole } from '../entities/membership.entity.js';
import type { EntityManager } from '../orm.js';
import { toDate } from './dates.js';

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  role: OrgRole;
  joinedAt: Date;
}

export interface MemberPageQuery {
  orgId: string;
  /** Matches email or name, case-insensitively, anywhere in them. */
  search?: string;
  /** Only members with this role. */
  role?: OrgRole;
  /** The last email of the previous page. */
  after?: string;
  limit: number;
}

/** `%`, `_` and `\` typed by a person are matched literally. */
function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of an organization's members ordered by email (unique, so it is the cursor), and how
 * many match in all. Two plain queries: this is the members page of organizations of any size.
 */
export async function findMemberPage(
  em: EntityManager,
  query: MemberPageQuery,
): Promise<{ rows: MemberRow[]; total: number }> {
  const where = ['m.organization_id = ?'];
  const params: unknown[] = [query.orgId];
  if (query.search) {
    where.push(`(u.email like ? escape '\\' or lower(u.name) like ? escape '\\')`);
    const pattern = likePattern(query.search);
    params.push(pattern, pattern);
  }
  if (query.role) {
    where.push('m.role = ?');
    params.push(query.role);
  }
  const filter = where.join(' and ');
  const pageFilter = query.after === undefined ? filter : `${filter} and u.email > ?`;
  const pageParams = query.after === undefined ? params : [...params, query.after];
  const [rows, [count]] = await Promise.all([
    em.execute<Row[]>(
      `select u.id, u.email, u.name, m.role, m.created_at from memberships m join users u on u.id = m.user_id
        where ${pageFilter} order by u.email limit ?`,
      [...pageParams, query.limit],
    ),
    em.execute<{ total: number | string }[]>(
      `select count(*) as total from memberships m join users u on u.id = m.user_id where ${filter}`,
      params,
    ),
  ]);
  return {
    rows: rows.map((r) => ({
      userId: r.id,
      email: r.email,
      name: r.name,
      role: r.role,
      joinedAt: toDate(r.created_at),
    })),
    total: Number(count!.total),
  };
}

interface Row {
  id: string;
  email: string;
  name: string;
  role: OrgRole;
  created_at: Date | number | string;
}
