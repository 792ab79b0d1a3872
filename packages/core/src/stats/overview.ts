import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { requestStatsRecompute } from './debounce.js';
import { findStatsPage, isoOf, rankOf } from './page-sql.js';
import type { StatsOverviewDto, StatsOverviewInput, StatsProjectDto, StatsTotalsDto } from './schemas.js';
import type { StatsProjectSort } from '../vocabulary/stats-sorts.js';

export const defaultStatsPageLimit = 50;

const sortColumn: Record<StatsProjectSort, string> = {
  name: 'lower(name)',
  members: 'members',
  folders: 'folders',
  assets: 'assets',
  storage: 'storage_bytes',
  uploads: 'uploads30d',
  downloads: 'downloads30d',
  lastActivity: 'last_activity_at',
};

const columns =
  'cast(project_id as text) as project_id, name, archived, members, folders, assets, storage_bytes, uploads30d, downloads30d, last_activity_at';

const emptyTotals: StatsTotalsDto = {
  members: 0,
  projects: 0,
  folders: 0,
  assets: 0,
  storageBytes: 0,
  uploads30d: 0,
  downloads30d: 0,
  lastActivityAt: null,
};

function projectOf(r: Record<string, unknown>): StatsProjectDto {
  return {
    projectId: String(r.project_id),
    name: String(r.name),
    archived: r.archived === true || r.archived === 1 || r.archived === '1',
    members: Number(r.members),
    folders: Number(r.folders),
    assets: Number(r.assets),
    storageBytes: Number(r.storage_bytes),
    uploads30d: Number(r.uploads30d),
    downloads30d: Number(r.downloads30d),
    lastActivityAt: isoOf(r.last_activity_at),
  };
}

/**
 * `stats.overview` (owners, admins): a page of the Overview tab — the organization's projects as the
 * last recompute left them, searched by name, sorted, with the totals and `computedAt` — in one
 * query. Never computed yet: empty, `computedAt` null, and a recompute is asked for.
 */
export async function statsOverview(scope: Scope, input: StatsOverviewInput): Promise<StatsOverviewDto> {
  assertCan(scope, 'stats.read');
  const rank = rankOf(input.cursor);
  const limit = input.limit ?? defaultStatsPageLimit;
  const rows = await findStatsPage(scope.em, {
    orgId: scope.org.id,
    table: 'stats_projects',
    columns,
    searchColumn: 'lower(name)',
    search: input.search,
    sort: sortColumn[input.sort ?? 'name'],
    direction: input.order ?? 'asc',
    tieBreak: 'project_id',
    rank,
    limit,
  });
  const first = rows[0];
  if (!first) {
    await requestStatsRecompute(scope.jobs, scope.org.id, scope.now);
    return { computedAt: null, totals: emptyTotals, items: [], nextCursor: null, total: 0 };
  }
  const items = rows.filter((r) => r.rn !== null && r.rn !== undefined).map(projectOf);
  const total = items.length > 0 ? Number(first.total) : 0;
  const last = rank + items.length;
  return {
    computedAt: isoOf(first.o_computed_at),
    totals: {
      members: Number(first.o_members),
      projects: Number(first.o_projects),
      folders: Number(first.o_folders),
      assets: Number(first.o_assets),
      storageBytes: Number(first.o_storage_bytes),
      uploads30d: Number(first.o_uploads30d),
      downloads30d: Number(first.o_downloads30d),
      lastActivityAt: isoOf(first.o_last_activity_at),
    },
    items,
    nextCursor: items.length === limit && last < total ? String(last) : null,
    total,
  };
}
