import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { requestStatsRecompute } from './debounce.js';
import { defaultStatsPageLimit } from './overview.js';
import { findStatsPage, isoOf, rankOf } from './page-sql.js';
import type { StatsUserDto, StatsUsersDto, StatsUsersInput } from './schemas.js';
import type { StatsUserSort } from '../vocabulary/stats-sorts.js';

const sortColumn: Record<StatsUserSort, string> = {
  name: 'lower(name)',
  email: 'email',
  role: "case role when 'owner' then 0 when 'admin' then 1 else 2 end",
  projects: 'projects',
  uploads: 'uploads',
  downloads: 'downloads',
  bytesUploaded: 'bytes_uploaded',
  lastActive: 'last_active_at',
};

const columns =
  'cast(user_id as text) as user_id, name, email, role, projects, uploads, downloads, bytes_uploaded, last_active_at';

function userOf(r: Record<string, unknown>): StatsUserDto {
  return {
    userId: String(r.user_id),
    name: String(r.name),
    email: String(r.email),
    role: String(r.role),
    projects: Number(r.projects),
    uploads: Number(r.uploads),
    downloads: Number(r.downloads),
    bytesUploaded: Number(r.bytes_uploaded),
    lastActiveAt: isoOf(r.last_active_at),
  };
}

/**
 * `stats.users` (owners, admins): a page of the Users tab — the members as the last recompute left
 * them, searched in name and email, sorted — with `computedAt`, in one query. Never computed yet:
 * empty, `computedAt` null, and a recompute is asked for.
 */
export async function statsUsers(scope: Scope, input: StatsUsersInput): Promise<StatsUsersDto> {
  assertCan(scope, 'stats.read');
  const rank = rankOf(input.cursor);
  const limit = input.limit ?? defaultStatsPageLimit;
  const rows = await findStatsPage(scope.em, {
    orgId: scope.org.id,
    table: 'stats_users',
    columns,
    searchColumn: 'search_text',
    search: input.search,
    sort: sortColumn[input.sort ?? 'name'],
    direction: input.order ?? 'asc',
    tieBreak: 'email',
    rank,
    limit,
  });
  const first = rows[0];
  if (!first) {
    await requestStatsRecompute(scope.jobs, scope.org.id, scope.now);
    return { computedAt: null, items: [], nextCursor: null, total: 0 };
  }
  const items = rows.filter((r) => r.rn !== null && r.rn !== undefined).map(userOf);
  const total = items.length > 0 ? Number(first.total) : 0;
  const last = rank + items.length;
  return {
    computedAt: isoOf(first.o_computed_at),
    items,
    nextCursor: items.length === limit && last < total ? String(last) : null,
    total,
  };
}
