// The baseline of `GET /trpc/member.list?input={"orgId":…,"search"?,"cursor"?,"limit"?}`: the
// session and the membership as for every org-scoped procedure, then the same two queries as
// packages/db/src/queries/member-page.ts, in parallel (one page ordered by email, a row more than
// the page to know whether another follows, and how many match in all), and the same JSON.
import type { ServerResponse } from 'node:http';
import type pg from 'pg';
import { fail, inputOf, send, sessionIdOf, signedInMember, uuid } from './baseline-common.js';

const path = 'member.list';
const defaultLimit = 50;

interface Row {
  id: string;
  email: string;
  name: string;
  role: string;
  created_at: Date;
}

/** `%`, `_` and `\` typed by a person are matched literally (as member-page.ts does). */
const likePattern = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function memberList(
  pool: pg.Pool,
  url: URL,
  cookieHeader: string | undefined,
  res: ServerResponse,
): Promise<void> {
  const input = inputOf(url);
  if (input === undefined) return fail(res, path, 400, 'BAD_REQUEST', 'Input is not JSON.');
  const sessionId = sessionIdOf(cookieHeader);
  if (!sessionId) return fail(res, path, 401, 'UNAUTHORIZED', 'Sign in to continue.');
  const { orgId, search, cursor, limit = defaultLimit } = input ?? {};
  if (
    typeof orgId !== 'string' ||
    !uuid.test(orgId) ||
    (search !== undefined && (typeof search !== 'string' || search.trim().length > 100)) ||
    (cursor !== undefined && (typeof cursor !== 'string' || cursor.length > 320)) ||
    typeof limit !== 'number' ||
    !Number.isInteger(limit) ||
    limit < 1 ||
    limit > 100
  )
    return fail(res, path, 400, 'BAD_REQUEST', 'Invalid input.');

  const member = await signedInMember(pool, sessionId, orgId, res, path);
  if (!member) return;
  const { membership } = member;

  // Every role may read the member list: no permission check beyond membership.
  const where = ['m.organization_id = $1'];
  const params: unknown[] = [membership.id];
  const term = typeof search === 'string' ? search.trim() : '';
  if (term) {
    where.push(`(u.email like $2 escape '\\' or lower(u.name) like $3 escape '\\')`);
    params.push(likePattern(term), likePattern(term));
  }
  const filter = where.join(' and ');
  const pageFilter = cursor === undefined ? filter : `${filter} and u.email > $${params.length + 1}`;
  const pageParams = cursor === undefined ? params : [...params, cursor];
  const [page, count] = await Promise.all([
    pool.query<Row>(
      `select u.id, u.email, u.name, m.role, m.created_at from memberships m join users u on u.id = m.user_id
        where ${pageFilter} order by u.email limit $${pageParams.length + 1}`,
      [...pageParams, limit + 1],
    ),
    pool.query<{ total: string }>(
      `select count(*) as total from memberships m join users u on u.id = m.user_id where ${filter}`,
      params,
    ),
  ]);
  const rows = page.rows.slice(0, limit);
  send(res, 200, {
    result: {
      data: {
        items: rows.map((r) => ({
          userId: r.id,
          email: r.email,
          name: r.name,
          role: r.role,
          joinedAt: r.created_at.toISOString(),
        })),
        nextCursor: page.rows.length > limit ? rows.at(-1)!.email : null,
        total: Number(count.rows[0]?.total),
      },
    },
  });
}
