import type { MikroORM } from '@mikro-orm/core';
import { requeueOwedEmails, type JobQueue } from '@roster/core';
import { forkEm } from '@roster/db';
import type { Logger } from './logger.js';

export interface Sweep {
  /** One pass: re-enqueues owed emails; returns how many. */
  run(): Promise<number>;
  stop(): void;
}

/**
 * Every `everyMs` (and once at start), re-enqueue the jobs of emails still owed whose job is gone.
 * An email counts as abandoned once untouched for a minute (or `everyMs`, if shorter): time for
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
    const enqueued = await requeueOwedEmails(forkEm(orm), jobs, { olderThanMs });
    if (enqueued > 0) logger.info({ enqueued }, 'owed emails enqueued again');
    return enqueued;
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
