import { findBlobKeys, findStaleUploads, type EntityManager } from '@roster/db';
import type { Storage, StoredObject } from '@roster/storage';
import { abandonUpload } from './abandon-upload.js';

/** Where uploads put bytes: raw uploads under `blobs/`, tus uploads (bytes and sidecars) under `tus/`. */
export const contentPrefixes = ['blobs/', 'tus/'] as const;
const sidecarSuffix = /\.(json|info|part)$/;
const batchSize = 200;

export interface SweepOptions {
  now: Date;
  /** Bytes with no row younger than this are kept: an upload may be writing them right now. */
  graceMs?: number;
  /** Upload reservations untouched for this long are abandoned (their quota released, bytes purged). */
  staleUploadMs?: number;
}

/**
 * Which of `objects` no blob row owns. A key is owned when a blob's key is it; a tus sidecar
 * (`tus/<id>.json|.info|.part`) while its upload's blob is still 'uploading' (afterwards the
 * upload's handler deletes it, or it is an orphan like any other).
 */
async function unowned(em: EntityManager, objects: StoredObject[]): Promise<StoredObject[]> {
  const baseOf = (key: string) => (key.startsWith('tus/') ? key.replace(sidecarSuffix, '') : key);
  const states = await findBlobKeys(em, [...new Set(objects.flatMap((o) => [o.key, baseOf(o.key)]))]);
  return objects.filter((o) => {
    if (states.has(o.key)) return false;
    const base = baseOf(o.key);
    return base === o.key || states.get(base) !== 'uploading';
  });
}

/**
 * The worker's sweep: abandons upload reservations older than `staleUploadMs` (then purged with
 * the other 'deleting' blobs), and deletes objects under the content prefixes that no blob row
 * owns and that are older than `graceMs` (bytes left by a crash between writing them and
 * committing their row, or after a row's purge). Idempotent.
 */
export async function sweepOrphanBytes(
  em: EntityManager,
  storage: Storage,
  options: SweepOptions,
): Promise<{ deletedObjects: number; abandonedUploads: number }> {
  const { now, graceMs = 3_600_000, staleUploadMs = 86_400_000 } = options;
  let abandonedUploads = 0;
  for (;;) {
    const stale = await findStaleUploads(em, new Date(now.getTime() - staleUploadMs), batchSize);
    for (const blobId of stale) if (await abandonUpload(em, { blobId }, now)) abandonedUploads += 1;
    if (stale.length < batchSize) break;
  }
  let deletedObjects = 0;
  const cutoff = now.getTime() - graceMs;
  const sweep = async (batch: StoredObject[]) => {
    for (const object of await unowned(em, batch)) {
      await storage.delete(object.key);
      deletedObjects += 1;
    }
  };
  for (const prefix of contentPrefixes) {
    let batch: StoredObject[] = [];
    for await (const object of storage.list(prefix)) {
      if (object.lastModified.getTime() > cutoff) continue;
      batch.push(object);
      if (batch.length >= batchSize) {
        await sweep(batch);
        batch = [];
      }
    }
    await sweep(batch);
  }
  return { deletedObjects, abandonedUploads };
}
