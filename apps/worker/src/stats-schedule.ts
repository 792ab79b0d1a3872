import { jobContracts, setStatsDebounceMs } from '@roster/core';
import { Queue, type ConnectionOptions } from 'bullmq';

/** The job scheduler's id in the 'stats' queue: one schedule however many workers start. */
export const statsNightlySchedulerId = 'stats.nightly';

/** Every night at 03:00 UTC. */
export const statsNightlyPattern = '0 3 * * *';

/**
 * Statistics (PRODUCT.md §8): sets the debounce window this worker asks for recomputes with
 * (STATS_DEBOUNCE_MS), and has BullMQ run `stats.nightly` at 03:00 UTC (idempotent: every worker
 * upserts the same scheduler at start).
 */
export async function scheduleStatsNightly(settings: {
  connection: ConnectionOptions;
  prefix: string;
  debounceMs?: number | undefined;
}): Promise<void> {
  if (settings.debounceMs) setStatsDebounceMs(settings.debounceMs);
  const { queue, jobOptions } = jobContracts['stats.nightly'];
  const statsQueue = new Queue(queue, { connection: settings.connection, prefix: settings.prefix });
  try {
    await statsQueue.upsertJobScheduler(
      statsNightlySchedulerId,
      { pattern: statsNightlyPattern, tz: 'UTC' },
      { name: 'stats.nightly', data: {}, opts: jobOptions },
    );
  } finally {
    await statsQueue.close();
  }
}
