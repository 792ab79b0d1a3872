import type { EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';

/** A raw timestamp (Date on PostgreSQL, epoch milliseconds on SQLite) as ISO text, or null. */
export function isoOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return new Date(n as number | string).toISOString();
}

/** A page's cursor is the rank of its last row in the sorted, searched list. */
export function rankOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor))
    throw new DomainError('INVALID_INPUT', 'Not a valid cursor.', { field: 'cursor' });
  return Number(cursor);
}

/** `%`, `_` and `\` typed by a person are matched literally. */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface PageQuery {
  orgId: string;
  /** The rows' table (stats_projects, stats_users) and the columns to read from it. */
  table: string;
  columns: string;
  /** Lower-cased text the search matches anywhere in. */
  searchColumn: string;
  search?: string | undefined;
  /** A column expression; nulls last whatever the direction; then `tieBreak` ascending. */
  sort: string;
  direction: 'asc' | 'desc';
  tieBreak: string;
  rank: number;
  limit: number;
}

/**
 * ONE query for a page of precomputed statistics: the organization's `stats_organizations` row
 * (computedAt, totals) left-joined to the page — the searched rows ranked by the sort
 * (row_number) and counted (count(*) over ()), those ranked after the cursor, `limit` of them.
 * No row at all: the statistics were never computed. One row with a null `rn`: an empty page.
 */
export async function findStatsPage(em: EntityManager, q: PageQuery): Promise<Record<string, unknown>[]> {
  const filter = q.search ? ` and ${q.searchColumn} like ? escape '\\'` : '';
  const order = `case when ${q.sort} is null then 1 else 0 end, ${q.sort} ${q.direction}, ${q.tieBreak}`;
  const params: unknown[] = [q.orgId, ...(q.search ? [likePattern(q.search)] : []), q.rank, q.limit, q.orgId];
  return em.execute<Record<string, unknown>[]>(
    `select o.computed_at as o_computed_at, o.members as o_members, o.projects as o_projects,
       o.folders as o_folders, o.assets as o_assets, o.storage_bytes as o_storage_bytes,
       o.uploads30d as o_uploads30d, o.downloads30d as o_downloads30d, o.last_activity_at as o_last_activity_at,
       t.*
     from stats_organizations o
     left join (
       select * from (
         select ${q.columns}, count(*) over () as total, row_number() over (order by ${order}) as rn
         from ${q.table} where organization_id = ?${filter}
       ) ranked where rn > ? order by rn limit ?
     ) t on 1 = 1
     where o.organization_id = ? and o.computed_at is not null
     order by t.rn`,
    params,
  );
}
