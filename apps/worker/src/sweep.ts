import type { MikroORM } from '@mikro-orm/core';
import {
  pruneDispatchedEvents,
  redispatchEvents,
  requeueOwedEmails,
  requeueWebhookDeliveries,
  type JobQueue,
} from '@roster/core';
import { forkEm } from '@roster/db';
import type { Logger } from './logger.js';

export interface Sweep {
  /** One pass: dispatches events left behind, re-enqueues owed emails; returns how many of both. */
  run(): Promise<number>;
  stop(): void;
}

/**
 * Every `everyMs` (and once at start), hand committed events whose dispatch was lost to the worker
 * again, and re-enqueue the jobs of emails still owed whose job is gone (dispatched events are
 * pruned after a week). An event or email counts as abandoned once untouched for a minute (or `everyMs`, if shorter): time for
 * the API to enqueue what it has just committed.
 */
export function startSweep(settings: {
  orm: MikroORM;
  jobs: JobQueue;
  logger: Logger;
  everyMs: number;
}): Sweep {
  const { orm, jobs, logger } = settings;
  const olderThanMs = Math.min(60_000, settings.everyMs);
  const run = async () => {
    const redispatched = await redispatchEvents(forkEm(orm), jobs, { olderThanMs });
    if (redispatched > 0) logger.info({ redispatched }, 'events left undispatched handed over again');
    const enqueued = await requeueOwedEmails(forkEm(orm), jobs, { olderThanMs });
    if (enqueued > 0) logger.info({ enqueued }, 'owed emails enqueued again');
    const webhooks = await requeueWebhookDeliveries(forkEm(orm), jobs, { olderThanMs });
    if (webhooks > 0) logger.info({ webhooks }, 'owed webhook deliveries enqueued again');
    await pruneDispatchedEvents(forkEm(orm));
    return redispatched + enqueued + webhooks;
  };
  let running = false;
  const pass = () => {
    if (running) return;
    running = true;
    run()
      .catch((error: unknown) => logger.warn({ err: error }, 'sweep of owed emails failed'))
      .finally(() => (running = false));
  };
  pass();
  const timer = setInterval(pass, settings.everyMs);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
