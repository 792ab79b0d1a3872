import { Blob, findDeletingBlobs, type EntityManager } from '@roster/db';
import type { Storage } from '@roster/storage';

/**
 * Removes the bytes of up to `limit` blobs in 'deleting' (a tus upload's sidecars too), then their
 * rows; answers how many rows this call deleted. Idempotent and safe to run twice at once: deleting
 * a missing key is fine, and a row another purge deleted first is simply not counted. A crash
 * between the two steps leaves the row, and the next purge deletes the (gone) bytes and the row.
 */
export async function purgeDeletedBlobs(
  em: EntityManager,
  storage: Storage,
  options: { limit?: number; orgId?: string } = {},
): Promise<number> {
  const blobs = await findDeletingBlobs(em, options.limit ?? 100, options.orgId);
  let purged = 0;
  for (const blob of blobs) {
    const keys = [blob.key, ...(blob.uploadId ? storage.tusKeys(blob.uploadId).sidecars : [])];
    for (const key of keys) await storage.delete(key);
    purged += await em.nativeDelete(Blob, { id: blob.id, state: 'deleting' });
  }
  return purged;
}
