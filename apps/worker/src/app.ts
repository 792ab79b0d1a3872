import type { MikroORM } from '@mikro-orm/core';
import { JobQueue, type WebhookSettings } from '@roster/core';
import { createOrm } from '@roster/db';
import { createStorage, type Storage } from '@roster/storage';
import { Redis } from 'ioredis';
import { scheduleContentSweep } from './content-schedule.js';
import type { DeliverySettings } from './deliver.js';
import type { Env } from './env.js';
import { contentSweepJobWith, defaultContentSweep } from './handlers/content-sweep.js';
import { dispatchEventsJobWith } from './handlers/dispatch-events.js';
import { handlers } from './handlers/index.js';
import type { Logger } from './logger.js';
import { createMailer, type Mailer } from './mailer.js';
import { startSweep } from './sweep.js';
import { scheduleStatsNightly } from './stats-schedule.js';
import { defaultUsageRollupEveryMs, scheduleUsageRollup } from './usage-schedule.js';
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
  /** Where content bytes live (STORAGE_URL): unset → a directory under `dataDir`. */
  storageUrl?: string | undefined;
  /** DATA_DIR: the local storage's default home. */
  dataDir: string;
  /** A storage to share (the in-process API's, in tests); left open on stop. Else one from `storageUrl`. */
  storage?: Storage;
  /** The content sweep's schedule and grace periods (CONTENT_*); defaults: 10 min, 1 h, 24 h. */
  contentSweep?: { everyMs: number; graceMs: number; staleUploadMs: number };
  /** How often the usage rollup runs (USAGE_ROLLUP_EVERY_MS); default a minute. */
  usageRollupEveryMs?: number;
  /** The statistics' debounce window (STATS_DEBOUNCE_MS); default 5 s. */
  statsDebounceMs?: number;
  /** WEBHOOK_ALLOW_PRIVATE, WEBHOOK_TIMEOUT_MS, WEBHOOK_RETRY_DELAY_MS; defaults: off, 10 s, 21 s. */
  webhooks?: WebhookSettings;
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
    storageUrl: env.STORAGE_URL,
    dataDir: env.DATA_DIR,
    contentSweep: env.contentSweep,
    usageRollupEveryMs: env.USAGE_ROLLUP_EVERY_MS,
    statsDebounceMs: env.STATS_DEBOUNCE_MS,
    webhooks: env.webhooks,
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
  const storage = settings.storage ?? createStorage(settings.storageUrl, settings.dataDir);
  const closeStorage = () => (settings.storage ? Promise.resolve() : storage.close());
  const contentSweep = settings.contentSweep ?? defaultContentSweep;
  const mailer = createMailer({
    smtpUrl: settings.smtpUrl,
    from: settings.mailFrom,
    mailDir: settings.mailDir,
    logger,
  });
  try {
    await scheduleContentSweep({ connection: redis, prefix: settings.prefix, everyMs: contentSweep.everyMs });
    const usageEveryMs = settings.usageRollupEveryMs ?? defaultUsageRollupEveryMs;
    await scheduleUsageRollup({ connection: redis, prefix: settings.prefix, everyMs: usageEveryMs });
    await scheduleStatsNightly({
      connection: redis,
      prefix: settings.prefix,
      debounceMs: settings.statsDebounceMs,
    });
    const worker = await startWorker({
      orm,
      connection: redis,
      prefix: settings.prefix,
      mailer,
      storage,
      appUrl: settings.appUrl,
      concurrency: settings.concurrency,
      logger,
      ...(settings.delivery ? { delivery: settings.delivery } : {}),
      ...(settings.lockMs ? { lockMs: settings.lockMs } : {}),
      ...(settings.webhooks ? { webhooks: settings.webhooks } : {}),
      handlers: {
        ...handlers,
        'content.sweep': contentSweepJobWith(contentSweep),
        ...(settings.eventLeaseMs
          ? { 'events.dispatch': dispatchEventsJobWith({ leaseMs: settings.eventLeaseMs }) }
          : {}),
      },
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
        await closeStorage();
        await closeOrm();
      },
    };
  } catch (error) {
    redis.disconnect();
    await mailer.close();
    await closeStorage();
    await closeOrm();
    throw error;
  }
}
