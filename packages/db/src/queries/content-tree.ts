import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EntityManager } from '../orm.js';
import { dateParam } from './org-seats.js';
import { itemColumns, toItemRow, type ItemRow, type RawItemRow } from './content-page.js';

/**
 * `folders(id)`: a folder and every folder under it, walking down through the listing index
 * (project_id, parent_id, kind = 'folder'); everything inside the folder is then the items whose
 * parent is one of them (the same index again), never a scan of the project.
 * Parameters: the folder's id, the project's id.
 */
export const subtreeFoldersCte = `with recursive folders(id) as (
    select id from items where id = ?
    union all
    select i.id from items i join folders f on i.parent_id = f.id where i.project_id = ? and i.kind = 'folder'
  )`;
const inside = `project_id = ? and parent_id in (select id from folders)`;

/** One item with its creator's name, within an organization; null when there is none. */
export async function findItemRow(em: EntityManager, orgId: string, id: string): Promise<ItemRow | null> {
  const [row] = await em.execute<RawItemRow[]>(
    `select ${itemColumns} from items i left join users u on u.id = i.created_by_id
      where i.id = ? and i.organization_id = ?`,
    [id, orgId],
  );
  return row ? toItemRow(row) : null;
}

/** A folder's chain from the root down to itself: [root folder, …, folder]. At most 32 rows. */
export async function findFolderChain(
  em: EntityManager,
  folderId: string,
): Promise<{ id: string; name: string; depth: number }[]> {
  const rows = await em.execute<{ id: string; name: string; depth: number | string }[]>(
    `with recursive chain(id, name, parent_id, depth) as (
       select id, name, parent_id, depth from items where id = ?
       union all
       select i.id, i.name, i.parent_id, i.depth from items i join chain c on i.id = c.parent_id
     ) select id, name, depth from chain order by depth`,
    [folderId],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, depth: Number(r.depth) }));
}

export interface SubtreeSummary {
  folders: number;
  assets: number;
  bytes: number;
  /** The deepest depth of anything inside it; 0 when it is empty. */
  maxDepth: number;
}

/** What is inside a folder, recursively (not counting the folder itself). */
export async function summarizeSubtree(
  em: EntityManager,
  projectId: string,
  folderId: string,
): Promise<SubtreeSummary> {
  const [row] = await em.execute<
    {
      folders: number | string | null;
      assets: number | string | null;
      bytes: number | string | null;
      max_depth: number | string | null;
    }[]
  >(
    `${subtreeFoldersCte}
     select sum(case when kind = 'folder' then 1 else 0 end) as folders,
            sum(case when kind = 'asset' then 1 else 0 end) as assets,
            coalesce(sum(size), 0) as bytes,
            coalesce(max(depth), 0) as max_depth
       from items where ${inside}`,
    [folderId, projectId, projectId],
  );
  return {
    folders: Number(row?.folders ?? 0),
    assets: Number(row?.assets ?? 0),
    bytes: Number(row?.bytes ?? 0),
    maxDepth: Number(row?.max_depth ?? 0),
  };
}

/** Adds `delta` to the depth of a folder and everything under it (a move). */
export async function shiftSubtreeDepth(
  em: EntityManager,
  projectId: string,
  folderId: string,
  delta: number,
): Promise<void> {
  if (delta === 0) return;
  await em.execute(`${subtreeFoldersCte} update items set depth = depth + ? where ${inside}`, [
    folderId,
    projectId,
    delta,
    projectId,
  ]);
  await em.execute('update items set depth = depth + ? where id = ?', [delta, folderId]);
}

/**
 * Deletes a folder and everything under it; its assets' blobs still `stored` turn `deleting` first.
 * Answers the sizes of the blobs this call turned (what leaves the organization's storage): a blob
 * another transaction already turned is not counted twice.
 */
export async function deleteSubtree(
  em: EntityManager,
  projectId: string,
  folderId: string,
  now: Date,
): Promise<number> {
  const freed = await em.execute<{ size: number | string }[]>(
    `${subtreeFoldersCte} update blobs set state = 'deleting', updated_at = ?
       where state = 'stored' and id in (select blob_id from items where ${inside})
       returning size`,
    [folderId, projectId, dateParam(em, now), projectId],
  );
  await em.execute(`${subtreeFoldersCte} delete from items where ${inside}`, [
    folderId,
    projectId,
    projectId,
  ]);
  await em.execute('delete from items where id = ?', [folderId]);
  return freed.reduce((sum, r) => sum + Number(r.size), 0);
}

/**
 * Orders the changes of one project's tree on PostgreSQL: adding, renaming or deleting one item
 * takes the project row `for share` (many at once), moving or deleting a folder takes it
 * `for update` (alone). So a folder being deleted never gains a child meanwhile (its delete would
 * take it away without releasing its bytes), and a move never races a delete into an orphan.
 * SQLite runs one writing transaction at a time: nothing to do there.
 */
export async function lockProjectTree(
  em: EntityManager,
  projectId: string,
  mode: 'share' | 'exclusive',
): Promise<void> {
  if (em.config.get('driver') !== PostgreSqlDriver) return;
  await em.execute(`select id from projects where id = ? for ${mode === 'share' ? 'share' : 'update'}`, [
    projectId,
  ]);
}
