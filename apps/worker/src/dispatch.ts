import type { MikroORM } from '@mikro-orm/core';
import { jobContracts, type JobName, type JobQueue, type WebhookSettings } from '@roster/core';
import { forkEm } from '@roster/db';
import type { Storage } from '@roster/storage';
import type { Redis } from 'ioredis';
import { DelayedError, UnrecoverableError, type Job, type Processor } from 'bullmq';
import { z } from 'zod';
import type { DeliverySettings } from './deliver.js';
import type { JobHandler, JobHandlers } from './handlers/types.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';

export interface DispatchDeps {
  orm: MikroORM;
  mailer: Mailer;
  /** The worker's connection and key prefix, for handlers that read Redis (the usage rollup). */
  connection: Redis;
  prefix: string;
  storage: Storage;
  appUrl: string;
  logger: Logger;
  handlers: JobHandlers;
  delivery: DeliverySettings;
  webhooks: WebhookSettings;
  jobs: JobQueue;
}

/** The shortest wait before a job put back in the queue runs again: no busy loop on a race. */
const minRetryDelayMs = 250;

const isJobName = (name: string): name is JobName => Object.hasOwn(jobContracts, name);

/**
 * The BullMQ processor shared by every queue: finds the handler by job name, validates the payload
 * again with the contract's schema, and runs the handler with an EntityManager of its own. A job
 * that can never succeed (unknown name, bad payload) fails at once instead of being retried.
 */
export function createProcessor(deps: DispatchDeps): Processor<unknown, string> {
  return async (job: Job<unknown, string>, token?: string) => {
    if (!isJobName(job.name))
      throw new UnrecoverableError(`no job named "${job.name}" in @roster/core jobContracts`);
    const parsed = jobContracts[job.name].payload.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid payload for "${job.name}": ${z.prettifyError(parsed.error)}`);
    }
    const attempt = job.attemptsMade + 1;
    const handler = deps.handlers[job.name] as JobHandler<JobName>;
    return handler(parsed.data, {
      em: forkEm(deps.orm),
      freshEm: () => forkEm(deps.orm),
      jobs: deps.jobs,
      mailer: deps.mailer,
      redis: deps.connection,
      prefix: deps.prefix,
      storage: deps.storage,
      delivery: deps.delivery,
      webhooks: deps.webhooks,
      appUrl: deps.appUrl,
      logger: deps.logger.child({ jobId: job.id, job: job.name, attempt }),
      attempt,
      maxAttempts: job.opts.attempts ?? 1,
      async retryAt(when) {
        // Not a failed attempt: BullMQ keeps its attempts for errors (a database call that threw).
        await job.moveToDelayed(Math.max(when.getTime(), Date.now() + minRetryDelayMs), token);
        throw new DelayedError();
      },
      updatePayload: (payload) => job.updateData(payload),
    });
  };
}
