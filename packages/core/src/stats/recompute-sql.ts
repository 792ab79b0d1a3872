import { dialectOf, type EntityManager } from '@roster/db';

// The set-based statements of a statistics recompute (recompute.ts), for SQLite and PostgreSQL.
// Timestamps are epoch milliseconds on SQLite and timestamptz on PostgreSQL; `day` is YYYY-MM-DD.

export function isPostgres(em: EntityManager): boolean {
  return dialectOf(String(em.config.get('clientUrl') ?? '')) === 'postgresql';
}

/** The later of two nullable timestamps (SQLite's max(a, b) and PostgreSQL's greatest differ on null). */
export const later = (a: string, b: string) =>
  `case when ${b} is null or ${a} >= ${b} then ${a} else ${b} end`;

/** A `day` column as the timestamp of its start (UTC). */
export const dayStart = (em: EntityManager, day: string) =>
  isPostgres(em)
    ? `(cast(${day} as timestamp) at time zone 'UTC')`
    : `cast(round((julianday(${day}) - 2440587.5) * 86400000) as integer)`;

/**
 * Takes the organization's stats row (created if missing) under a row lock: two recomputes of one
 * organization run one after the other, the second seeing the first's rows (no duplicate keys).
 * Params: orgId. No row: the organization is gone.
 */
export const lockOrganization = `
insert into stats_organizations (organization_id)
select id from organizations where id = ?
on conflict (organization_id) do update set computed_at = stats_organizations.computed_at`;

/** Params: computedAt, orgId, orgId, since (day), since (day), orgId, orgId. */
export const insertProjects = (em: EntityManager) => `
insert into stats_projects (organization_id, project_id, name, archived, members, folders, assets,
  storage_bytes, uploads30d, downloads30d, last_activity_at, computed_at)
select p.organization_id, p.id, p.name, p.archived_at is not null,
  coalesce(pm.n, 0), coalesce(it.folders, 0), coalesce(it.assets, 0), coalesce(it.bytes, 0),
  coalesce(a.uploads, 0), coalesce(a.downloads, 0),
  ${later('it.changed', dayStart(em, 'a.last_day'))}, ?
from projects p
left join (
  select project_id, count(*) as n from project_members where organization_id = ? group by project_id
) pm on pm.project_id = p.id
left join (
  select project_id,
    sum(case when kind = 'folder' then 1 else 0 end) as folders,
    sum(case when kind = 'asset' then 1 else 0 end) as assets,
    sum(size) as bytes, max(updated_at) as changed
  from items where organization_id = ? group by project_id
) it on it.project_id = p.id
left join (
  select project_id,
    sum(case when day >= ? then uploads else 0 end) as uploads,
    sum(case when day >= ? then downloads else 0 end) as downloads,
    max(day) as last_day
  from activity_daily where organization_id = ? group by project_id
) a on a.project_id = p.id
where p.organization_id = ?`;

/** Params: computedAt, orgId ×4. */
export const insertUsers = (em: EntityManager) => `
insert into stats_users (organization_id, user_id, name, email, search_text, role, projects, uploads,
  downloads, bytes_uploaded, last_active_at, computed_at)
select m.organization_id, m.user_id, u.name, u.email, lower(u.name || ' ' || u.email), m.role,
  coalesce(pm.n, 0), coalesce(a.uploads, 0), coalesce(a.downloads, 0), coalesce(a.bytes, 0),
  ${later('s.seen', dayStart(em, 'a.last_day'))}, ?
from memberships m
join users u on u.id = m.user_id
left join (
  select user_id, count(*) as n from project_members where organization_id = ? group by user_id
) pm on pm.user_id = m.user_id
left join (
  select user_id, sum(uploads) as uploads, sum(downloads) as downloads, sum(bytes_uploaded) as bytes,
    max(day) as last_day
  from activity_daily where organization_id = ? group by user_id
) a on a.user_id = m.user_id
left join (
  select s.user_id, max(coalesce(s.last_seen_at, s.created_at)) as seen
  from sessions s join memberships sm on sm.user_id = s.user_id and sm.organization_id = ?
  group by s.user_id
) s on s.user_id = m.user_id
where m.organization_id = ?`;

/** Params: orgId, orgId, computedAt, orgId. */
export const upsertTotals = `
insert into stats_organizations (organization_id, members, projects, folders, assets, storage_bytes,
  uploads30d, downloads30d, last_activity_at, computed_at)
select ?, (select count(*) from memberships where organization_id = ?), count(*),
  coalesce(sum(folders), 0), coalesce(sum(assets), 0), coalesce(sum(storage_bytes), 0),
  coalesce(sum(uploads30d), 0), coalesce(sum(downloads30d), 0), max(last_activity_at), ?
from stats_projects where organization_id = ?
on conflict (organization_id) do update set members = excluded.members, projects = excluded.projects,
  folders = excluded.folders, assets = excluded.assets, storage_bytes = excluded.storage_bytes,
  uploads30d = excluded.uploads30d, downloads30d = excluded.downloads30d,
  last_activity_at = excluded.last_activity_at, computed_at = excluded.computed_at`;
