import type { JobName, JobPayload, JobQueue, WebhookSettings } from '@roster/core';
import type { EntityManager } from '@roster/db';
import type { Storage } from '@roster/storage';
import type { Redis } from 'ioredis';
import type { DeliverySettings } from '../deliver.js';
import type { Logger } from '../logger.js';
import type { Mailer } from '../mailer.js';

/** What a handler gets besides its payload: its own EntityManager and the worker's services. */
export interface JobContext {
  /** Forked for this job alone (ARCHITECTURE rule 6). */
  em: EntityManager;
  /** Another EntityManager, for recording an outcome when the job's own may be broken. */
  freshEm(): EntityManager;
  /** For handlers that hand work on to other jobs. */
  jobs: JobQueue;
  mailer: Mailer;
  /** The worker's Redis connection (the usage rollup reads the counters the API wrote there). */
  redis: Redis;
  /** The Redis key prefix the API and the worker share (REDIS_PREFIX). */
  prefix: string;
  /** Where content bytes live (STORAGE_URL), for the content jobs. */
  storage: Storage;
  delivery: DeliverySettings;
  /** Webhook deliveries: WEBHOOK_ALLOW_PRIVATE, the attempt timeout, the retries' first delay. */
  webhooks: WebhookSettings;
  /** The app's URL, for links in emails, without a trailing slash. */
  appUrl: string;
  /** Bound to the job's id, name and attempt. */
  logger: Logger;
  /** This run's number, from 1; when it equals `maxAttempts` a failure is final. */
  attempt: number;
  maxAttempts: number;
  /** Puts the job back in the queue, payload and all, until `when`; it then runs again. */
  retryAt(when: Date): Promise<never>;
  /** Replaces the job's payload (an email that got a new token must not keep the old one). */
  updatePayload(payload: object): Promise<void>;
}

/**
 * Runs one job. It must be idempotent: reload by id, skip what is gone or already done. The
 * resolved string says what happened (kept as the job's return value); throwing asks for a retry.
 */
export type JobHandler<N extends JobName> = (payload: JobPayload<N>, ctx: JobContext) => Promise<string>;

/** One handler per job of core's `jobContracts`: leaving one out is a type error. */
export type JobHandlers = { [N in JobName]: JobHandler<N> };
