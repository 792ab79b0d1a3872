import { abandonUpload, type UploadTicket } from '@roster/core';
import { Blob, type EntityManager } from '@roster/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.js';

/**
 * An upload that will not become an asset: its reservation is released (the blob turns `deleting`,
 * the organization's quota gets the space back; completeUpload may have done so already) and its
 * bytes, if any were kept, removed at once; the worker's purge then drops the row. Failures here
 * are logged, never thrown: the request is already failing for its own reason, and the purge and
 * sweep finish the job.
 */
export async function abandon(
  deps: Deps,
  em: EntityManager,
  ticket: UploadTicket,
  log: FastifyBaseLogger,
  /** The objects to remove now (its bytes by default; tus: the sidecars too, or none when tus removes them). */
  keys: string[] = [ticket.key],
): Promise<void> {
  try {
    const released = await abandonUpload(em, ticket);
    // Only bytes no asset uses: a blob that became an asset after all ('stored') keeps them.
    const blob = await em.fork().findOne(Blob, { id: ticket.blobId }, { fields: ['state'] });
    if (blob?.state !== 'stored' && blob?.state !== 'uploading')
      await Promise.all(keys.map((key) => deps.storage.delete(key)));
    if (released) await deps.jobs.enqueue('content.purge', { orgId: ticket.orgId });
  } catch (error) {
    log.warn({ err: error, blobId: ticket.blobId }, 'abandoning an upload failed; the sweep will finish it');
  }
}
