import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { isoOf } from './page-sql.js';
import type { StatsProjectDto, StatsUserDto } from './schemas.js';

/** Rows per query of an export: memory stays at one page whatever the organization's size. */
export const statsExportPageSize = 1000;

interface Source<T> {
  table: string;
  id: string;
  columns: string;
  map(row: Record<string, unknown>): T;
}

const projects: Source<StatsProjectDto> = {
  table: 'stats_projects',
  id: 'project_id',
  columns:
    'name, archived, members, folders, assets, storage_bytes, uploads30d, downloads30d, last_activity_at',
  map: (r) => ({
    projectId: String(r.id),
    name: String(r.name),
    archived: r.archived === true || r.archived === 1 || r.archived === '1',
    members: Number(r.members),
    folders: Number(r.folders),
    assets: Number(r.assets),
    storageBytes: Number(r.storage_bytes),
    uploads30d: Number(r.uploads30d),
    downloads30d: Number(r.downloads30d),
    lastActivityAt: isoOf(r.last_activity_at),
  }),
};

const users: Source<StatsUserDto> = {
  table: 'stats_users',
  id: 'user_id',
  columns: 'name, email, role, projects, uploads, downloads, bytes_uploaded, last_active_at',
  map: (r) => ({
    userId: String(r.id),
    name: String(r.name),
    email: String(r.email),
    role: String(r.role),
    projects: Number(r.projects),
    uploads: Number(r.uploads),
    downloads: Number(r.downloads),
    bytesUploaded: Number(r.bytes_uploaded),
    lastActiveAt: isoOf(r.last_active_at),
  }),
};

/**
 * Every row of one table of the organization, a page at a time in primary-key order (keyset on
 * the id: each page one index range, whatever the organization's size).
 */
async function* allRows<T>(scope: Scope, source: Source<T>, pageSize: number): AsyncGenerator<T> {
  const { table, id, columns } = source;
  let after: string | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = await scope.em.execute<Record<string, unknown>[]>(
      `select cast(${id} as text) as id, ${columns} from ${table}
        where organization_id = ?${after === null ? '' : ` and ${id} > ?`} order by ${id} limit ?`,
      [scope.org.id, ...(after === null ? [] : [after]), pageSize],
    );
    for (const row of rows) yield source.map(row);
    if (rows.length < pageSize) return;
    after = String(rows[rows.length - 1]!.id);
  }
}

/**
 * The Overview's rows for `/v1/exports/overview.csv` (owners, admins): checked before the first row,
 * then every project of the last recompute, a page at a time (flat memory).
 */
export function statsOverviewExport(
  scope: Scope,
  pageSize = statsExportPageSize,
): AsyncGenerator<StatsProjectDto> {
  assertCan(scope, 'stats.read');
  return allRows(scope, projects, pageSize);
}

/** The Users tab's rows for `/v1/exports/users.csv`, as statsOverviewExport. */
export function statsUsersExport(scope: Scope, pageSize = statsExportPageSize): AsyncGenerator<StatsUserDto> {
  assertCan(scope, 'stats.read');
  return allRows(scope, users, pageSize);
}
