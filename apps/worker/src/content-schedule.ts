import { jobContracts } from '@roster/core';
import { Queue, type ConnectionOptions } from 'bullmq';

/** The job scheduler's id in the 'content' queue: one schedule however many workers start. */
export const contentSweepSchedulerId = 'content.sweep';

/**
 * Has BullMQ run `content.sweep` every `everyMs` (the first one at once). Upserting is idempotent:
 * every worker process does it at start, and a changed CONTENT_SWEEP_EVERY_MS replaces the schedule.
 */
export async function scheduleContentSweep(settings: {
  connection: ConnectionOptions;
  prefix: string;
  everyMs: number;
}): Promise<void> {
  const { queue, jobOptions } = jobContracts['content.sweep'];
  const contentQueue = new Queue(queue, { connection: settings.connection, prefix: settings.prefix });
  try {
    await contentQueue.upsertJobScheduler(
      contentSweepSchedulerId,
      { every: settings.everyMs },
      {
        name: 'content.sweep',
        data: {},
        // A failed sweep is not retried: the next one comes in `everyMs`.
        opts: { ...jobOptions, attempts: 1 },
      },
    );
  } finally {
    await contentQueue.close();
  }
}
