import { sweepOrphanBytes } from '@roster/core';
import { purgeAll } from './content-purge.js';
import type { JobHandler } from './types.js';

/** Every 10 minutes; bytes without a row after an hour; upload reservations stale after a day. */
export const defaultContentSweep = { everyMs: 10 * 60_000, graceMs: 3_600_000, staleUploadMs: 86_400_000 };

export interface ContentSweepSettings {
  /** Bytes with no row are kept this long (an upload still writing has no row yet). */
  graceMs: number;
  /** An upload reservation older than this is abandoned: its quota released, its bytes purged. */
  staleUploadMs: number;
}

/**
 * `content.sweep` (repeated every CONTENT_SWEEP_EVERY_MS): removes bytes that have no row once past
 * the grace period (an upload cut short, a crash between writing bytes and committing the row),
 * abandons stale upload reservations, then purges every blob left in 'deleting' (a purge job lost
 * with a crash). Each step is idempotent: two sweeps at once, or a sweep beside a purge, are fine.
 */
export function contentSweepJobWith({
  graceMs,
  staleUploadMs,
}: ContentSweepSettings): JobHandler<'content.sweep'> {
  return async (_payload, ctx) => {
    const now = new Date();
    const swept = await sweepOrphanBytes(ctx.em, ctx.storage, { now, graceMs, staleUploadMs });
    const purged = await purgeAll(ctx.freshEm, ctx.storage);
    const counts = { ...swept, purged };
    const busy = swept.deletedObjects + swept.abandonedUploads + purged > 0;
    ctx.logger[busy ? 'info' : 'debug'](counts, 'content swept');
    return `deleted ${swept.deletedObjects} orphan objects, abandoned ${swept.abandonedUploads} uploads, purged ${purged}`;
  };
}

/** With the default grace periods. */
export const contentSweepJob = contentSweepJobWith(defaultContentSweep);
