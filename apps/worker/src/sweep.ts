import type { MikroORM } from '@mikro-orm/core';
import { requeueOwedEmails, type JobQueue } from '@roster/core';
import { forkEm } from '@roster/db';
import type { Logger } from './logger.js';

export interface Sweep {
  /** One pass: re-enqueues owed emails; returns how many. */
  run(): Promise<number>;
  stop(): void;
}

/** Every `everyMs` (and once at start), re-enqueue the jobs of emails still owed. */
export function startSweep(settings: {
  orm: MikroORM;
  jobs: JobQueue;
  logger: Logger;
  everyMs: number;
}): Sweep {
  const { orm, jobs, logger } = settings;
  const run = async () => {
    const enqueued = await requeueOwedEmails(forkEm(orm), jobs);
    if (enqueued > 0) logger.info({ enqueued }, 'owed emails enqueued again');
    return enqueued;
  };
  const pass = () =>
    void run().catch((error: unknown) => logger.warn({ err: error }, 'sweep of owed emails failed'));
  pass();
  const timer = setInterval(pass, settings.everyMs);
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
