import { jobContracts } from '@roster/core';
import { Queue, type ConnectionOptions } from 'bullmq';

/** The job scheduler's id in the 'usage' queue: one schedule however many workers start. */
export const usageRollupSchedulerId = 'usage.rollup';

/** Every minute by default (USAGE_ROLLUP_EVERY_MS). */
export const defaultUsageRollupEveryMs = 60_000;

/**
 * Has BullMQ run `usage.rollup` every `everyMs` (idempotent: every worker upserts it at start, and
 * a changed interval replaces the schedule), and adds one run now: a worker that starts after a
 * crash applies the batches it left open without waiting for the schedule.
 */
export async function scheduleUsageRollup(settings: {
  connection: ConnectionOptions;
  prefix: string;
  everyMs: number;
}): Promise<void> {
  const { queue, jobOptions, jobId } = jobContracts['usage.rollup'];
  const usageQueue = new Queue(queue, { connection: settings.connection, prefix: settings.prefix });
  // A failed rollup is not retried: the next one comes in `everyMs` and finds the same open batches.
  const opts = { ...jobOptions, attempts: 1 };
  try {
    await usageQueue.upsertJobScheduler(
      usageRollupSchedulerId,
      { every: settings.everyMs },
      { name: 'usage.rollup', data: {}, opts },
    );
    await usageQueue.add('usage.rollup', {}, { ...opts, jobId: jobId() });
  } finally {
    await usageQueue.close();
  }
}
