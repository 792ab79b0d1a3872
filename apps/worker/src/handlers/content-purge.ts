import { purgeDeletedBlobs, type JobPayload } from '@roster/core';
import type { EntityManager } from '@roster/db';
import type { Storage } from '@roster/storage';
import type { JobContext } from './types.js';

/** Blobs purged per round: each round is a fresh EntityManager, so a huge folder's purge stays small. */
export const purgeBatch = 200;

/**
 * Deletes the bytes of every blob in 'deleting' (of one organization, or all), then its row, round
 * after round until none is left. Idempotent: bytes already gone are fine and a row already deleted is not found again, so a
 * purge that runs twice, or two workers purging at once, delete each thing once without errors.
 */
export async function purgeAll(
  freshEm: () => EntityManager,
  storage: Storage,
  orgId?: string,
): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await purgeDeletedBlobs(freshEm(), storage, {
      limit: purgeBatch,
      ...(orgId ? { orgId } : {}),
    });
    total += purged;
    if (purged < purgeBatch) return total;
  }
}

/**
 * `content.purge`: enqueued after a delete commits (a folder, an asset, a replaced or abandoned
 * upload). The rows are gone already; this removes the organization's bytes. A job that never ran (a crash
 * before it, Redis lost) is made up for by `content.sweep`.
 */
export async function purgeContentJob(
  { orgId }: JobPayload<'content.purge'>,
  ctx: JobContext,
): Promise<string> {
  const purged = await purgeAll(ctx.freshEm, ctx.storage, orgId);
  ctx.logger.info({ orgId, purged }, `content purged: ${purged} blobs`);
  return `purged ${purged}`;
}
