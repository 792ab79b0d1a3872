import type { EntityManager } from '../orm.js';
import { dateParam } from './org-seats.js';

/** A sibling of a would-be name (folder or asset), or null when the name is free. */
export async function findSiblingByName(
  em: EntityManager,
  siblings: { projectId: string; parentId: string | null },
  nameKey: string,
): Promise<{ id: string; kind: 'folder' | 'asset' } | null> {
  const parent = siblings.parentId === null ? 'parent_id is null' : 'parent_id = ?';
  const [row] = await em.execute<{ id: string; kind: 'folder' | 'asset' }[]>(
    `select id, kind from items where project_id = ? and ${parent} and name_key = ?`,
    [siblings.projectId, ...(siblings.parentId === null ? [] : [siblings.parentId]), nameKey],
  );
  return row ?? null;
}

/**
 * Deletes an asset's row, its blob turning 'deleting' first. Answers whether this call removed the
 * row and how many bytes it freed (0 when another transaction had already turned the blob).
 */
export async function deleteAssetRow(
  em: EntityManager,
  assetId: string,
  now: Date,
): Promise<{ removed: boolean; freed: number }> {
  const freed = await em.execute<{ size: number | string }[]>(
    `update blobs set state = 'deleting', updated_at = ?
      where state = 'stored' and id = (select blob_id from items where id = ? and kind = 'asset')
      returning size`,
    [dateParam(em, now), assetId],
  );
  const result = await em.execute<{ affectedRows: number }>(
    `delete from items where id = ? and kind = 'asset'`,
    [assetId],
    'run',
  );
  return { removed: result.affectedRows > 0, freed: freed.reduce((sum, r) => sum + Number(r.size), 0) };
}

/**
 * Moves a blob from one state to another if it is still in `from`; answers its organization and
 * size when it did (null: it was not, e.g. abandoned meanwhile). One conditional statement.
 */
export async function moveBlobState(
  em: EntityManager,
  blobId: string,
  from: 'uploading' | 'stored',
  to: 'stored' | 'deleting',
  now: Date,
): Promise<{ orgId: string; size: number } | null> {
  const [row] = await em.execute<{ organization_id: string; size: number | string }[]>(
    `update blobs set state = ?, updated_at = ? where id = ? and state = ? returning organization_id, size`,
    [to, dateParam(em, now), blobId, from],
  );
  return row ? { orgId: row.organization_id, size: Number(row.size) } : null;
}
