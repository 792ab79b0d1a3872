import { moveBlobState, type EntityManager } from '@roster/db';
import { releaseStorage } from './quota.js';

/**
 * Gives up an upload: its blob turns 'deleting' and its reserved bytes return to the quota, once
 * (only from 'uploading': calling it again, or after completion, does nothing and answers false).
 * The caller then has the bytes purged (`content.purge`, or the sweep will).
 */
export async function abandonUpload(
  em: EntityManager,
  ticket: { blobId: string },
  now: Date = new Date(),
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const blob = await moveBlobState(tx as EntityManager, ticket.blobId, 'uploading', 'deleting', now);
    if (!blob) return false;
    await releaseStorage(tx as EntityManager, blob.orgId, blob.size);
    return true;
  });
}
