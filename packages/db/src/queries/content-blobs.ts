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

/** Blobs waiting for their bytes to be removed, oldest first. */
export async function findDeletingBlobs(
  em: EntityManager,
  limit: number,
  orgId?: string,
): Promise<{ id: string; key: string; uploadId: string | null }[]> {
  const org = orgId ? 'and organization_id = ?' : '';
  const rows = await em.execute<{ id: string; key: string; upload_id: string | null }[]>(
    `select id, key, upload_id from blobs where state = 'deleting' ${org} order by updated_at, id limit ?`,
    [...(orgId ? [orgId] : []), limit],
  );
  return rows.map((r) => ({ id: r.id, key: r.key, uploadId: r.upload_id }));
}

/** Upload reservations not touched since `before`. */
export async function findStaleUploads(em: EntityManager, before: Date, limit: number): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from blobs where state = 'uploading' and updated_at < ? order by updated_at, id limit ?`,
    [dateParam(em, before), limit],
  );
  return rows.map((r) => r.id);
}

/** Of these storage keys, the ones blob rows name, with their blobs' states. */
export async function findBlobKeys(em: EntityManager, keys: string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await em.execute<{ key: string; state: string }[]>(
    `select key, state from blobs where key in (${keys.map(() => '?').join(', ')})`,
    keys,
  );
  return new Map(rows.map((r) => [r.key, r.state]));
}
