import type { MikroORM } from '@mikro-orm/core';
import { JobQueue } from '@roster/core';
import { createOrm } from '@roster/db';
import { Redis } from 'ioredis';
import type { DeliverySettings } from './deliver.js';
import type { Env } from './env.js';
import { dispatchEventsJobWith } from './handlers/dispatch-events.js';
import { handlers } from './handlers/index.js';
import type { Logger } from './logger.js';
import { createMailer, type Mailer } from './mailer.js';
import { startSweep } from './sweep.js';
import { startWorker } from './worker.js';

/** Everything the worker process is started with. */
export interface WorkerAppSettings {
  database: string;
  /** An ORM to share (tests on an in-memory database); left open on stop. Else one on `database`. */
  orm?: MikroORM;
  redisUrl: string;
  prefix: string;
  /** `smtp://…` of the mail server; unset → emails are written under `mailDir`. */
  smtpUrl?: string | undefined;
  mailFrom: string;
  mailDir: string;
  /** Links in emails are built on this. */
  appUrl: string;
  concurrency: number;
  logger: Logger;
  delivery?: DeliverySettings;
  lockMs?: number;
  /** How long an events dispatch holds its events (EVENT_LEASE_MS); default a minute. */
  eventLeaseMs?: number;
  /** How often the sweep re-enqueues owed emails. */
  sweepEveryMs: number;
}

export interface RunningWorkerApp {
  mailer: Mailer;
  /** Lets running jobs finish, then disconnects everything, in order. */
  stop(): Promise<void>;
}

/** The worker's settings as `pnpm start` reads them from the environment. */
export function workerSettings(env: Env, logger: Logger): WorkerAppSettings {
  return {
    database: env.database,
    redisUrl: env.REDIS_URL,
    prefix: env.REDIS_PREFIX,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    mailDir: env.mailDir,
    appUrl: env.appUrl,
    concurrency: env.WORKER_CONCURRENCY,
    logger,
    delivery: env.delivery,
    lockMs: env.JOB_LOCK_MS,
    eventLeaseMs: env.EVENT_LEASE_MS,
    sweepEveryMs: env.EMAIL_SWEEP_EVERY_MS,
  };
}

/**
 * Connects everything and starts the job workers and the sweep: the composition root main.ts runs,
 * and the one tests and the bench start in their own process (through @roster/testing).
 */
export async function startWorkerApp(settings: WorkerAppSettings): Promise<RunningWorkerApp> {
  const { logger } = settings;
  const orm = settings.orm ?? (await createOrm({ database: settings.database }));
  const closeOrm = () => (settings.orm ? Promise.resolve() : orm.close(true));
  // BullMQ workers block on Redis; their commands must wait for a reconnect rather than fail.
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: null });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  const mailer = createMailer({
    smtpUrl: settings.smtpUrl,
    from: settings.mailFrom,
    mailDir: settings.mailDir,
    logger,
  });
  try {
    const worker = await startWorker({
      orm,
      connection: redis,
      prefix: settings.prefix,
      mailer,
      appUrl: settings.appUrl,
      concurrency: settings.concurrency,
      logger,
      ...(settings.delivery ? { delivery: settings.delivery } : {}),
      ...(settings.lockMs ? { lockMs: settings.lockMs } : {}),
      ...(settings.eventLeaseMs
        ? {
            handlers: {
              ...handlers,
              'events.dispatch': dispatchEventsJobWith({ leaseMs: settings.eventLeaseMs }),
            },
          }
        : {}),
    });
    const jobs = new JobQueue(redis, settings.prefix);
    const sweep = startSweep({ orm, jobs, logger, everyMs: settings.sweepEveryMs });
    return {
      mailer,
      async stop() {
        sweep.stop();
        await worker.close();
        await jobs.close();
        await mailer.close();
        await redis.quit();
        await closeOrm();
      },
    };
  } catch (error) {
    redis.disconnect();
    await mailer.close();
    await closeOrm();
    throw error;
  }
}
