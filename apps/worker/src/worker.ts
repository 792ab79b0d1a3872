import type { MikroORM } from '@mikro-orm/core';
import {
  JobQueue,
  defaultWebhookSettings,
  queueNames,
  webhookBackoffType,
  webhookRetryDelayMs,
  type WebhookSettings,
} from '@roster/core';
import type { Storage } from '@roster/storage';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { defaultDeliverySettings, type DeliverySettings } from './deliver.js';
import { createProcessor } from './dispatch.js';
import { assertEveryJobHasHandler, handlers as defaultHandlers } from './handlers/index.js';
import type { JobHandlers } from './handlers/types.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';

export interface WorkerSettings {
  orm: MikroORM;
  /**
   * An ioredis connection with `maxRetriesPerRequest: null`, as BullMQ requires; handlers that read
   * Redis (the usage rollup) use it too.
   */
  connection: Redis;
  /** The Redis key prefix the producers use (JobQueue's `prefix`). */
  prefix: string;
  mailer: Mailer;
  /** Where content bytes live; the content jobs delete from it (left open on close: its owner closes it). */
  storage: Storage;
  appUrl: string;
  /** Jobs run at once per queue, in this process. */
  concurrency: number;
  logger: Logger;
  /** Email leases and retries (defaults: 10-minute lease, retries for 24 hours). */
  delivery?: DeliverySettings;
  /** Webhook deliveries (default: public addresses only, 10 s attempts, retries for ≈ 24 hours). */
  webhooks?: WebhookSettings;
  /**
   * BullMQ's job lock (default 30 s): a job whose worker died is run again once its lock lapses,
   * found by the stalled-job check that runs as often.
   */
  lockMs?: number;
  /** Replaces the handler map (tests). */
  handlers?: JobHandlers;
}

export interface RunningWorker {
  /** Stops taking jobs, lets the running ones finish, and disconnects. */
  close(): Promise<void>;
}

/** One BullMQ Worker per queue of core's job table, all dispatching by job name. */
export async function startWorker(settings: WorkerSettings): Promise<RunningWorker> {
  const handlers = settings.handlers ?? defaultHandlers;
  assertEveryJobHasHandler(handlers);
  const { logger } = settings;
  const delivery = settings.delivery ?? defaultDeliverySettings;
  // Handlers that hand work on (the events dispatch enqueues emails) produce with the same prefix.
  const jobs = new JobQueue(settings.connection, settings.prefix);
  const webhooks = settings.webhooks ?? defaultWebhookSettings;
  const processor = createProcessor({ ...settings, handlers, delivery, webhooks, jobs });
  // `webhook.deliver`'s retries (its contract names this backoff type): exponential for ≈ 24 hours.
  const backoffStrategy = (attemptsMade: number, type?: string) => {
    if (type !== webhookBackoffType) throw new Error(`no backoff strategy "${type}"`);
    return webhookRetryDelayMs(attemptsMade, webhooks.retryDelayMs);
  };
  const lock = settings.lockMs ? { lockDuration: settings.lockMs, stalledInterval: settings.lockMs } : {};
  const workers = queueNames.map((queue) => {
    const worker = new Worker(queue, processor, {
      connection: settings.connection,
      prefix: settings.prefix,
      concurrency: settings.concurrency,
      settings: { backoffStrategy },
      ...lock,
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const retrying = job.attemptsMade < (job.opts.attempts ?? 1) && error.name !== 'UnrecoverableError';
      const entry = { queue, jobId: job.id, job: job.name, attemptsMade: job.attemptsMade, err: error };
      if (retrying) logger.warn(entry, 'job failed, will retry');
      else logger.error(entry, 'job failed for good');
    });
    worker.on('completed', (job, result) =>
      logger.debug({ queue, jobId: job.id, job: job.name, result }, 'job done'),
    );
    // Without a listener an 'error' event (e.g. Redis unreachable) would crash the process.
    worker.on('error', (error) => logger.error({ queue, err: error }, 'worker error'));
    return worker;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  logger.info(
    {
      queues: queueNames,
      concurrency: settings.concurrency,
      mailer: settings.mailer.kind,
      storage: settings.storage.kind,
    },
    'worker started',
  );
  return {
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await jobs.close();
    },
  };
}
