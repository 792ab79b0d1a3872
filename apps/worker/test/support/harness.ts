import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue, defaultWebhookSettings, recordEmailDelivery, welcomeEmailKey } from '@roster/core';
import { EmailDelivery, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { seedUser } from '@roster/testing/factories';
import { createStorage, type Storage } from '@roster/storage';
import { startSmtpInbox, type SmtpInbox, type SmtpInboxOptions } from '@roster/testing/smtp-inbox';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { DeliverySettings } from '../../src/deliver.js';
import type { JobContext } from '../../src/handlers/types.js';
import type { Logger } from '../../src/logger.js';
import { createMailer, type Mailer } from '../../src/mailer.js';
import { startWorker, type RunningWorker, type WorkerSettings } from '../../src/worker.js';

export const appUrl = 'http://roster.test:3000';

/** Leases and retries short enough for tests (the defaults are minutes and hours). */
export const testDelivery: DeliverySettings = {
  leaseMs: 30_000,
  retry: { firstDelayMs: 100, maxDelayMs: 1_000, giveUpAfterMs: 60_000 },
};
export const mailFrom = 'Roster <no-reply@roster.test>';

export interface WorkerHarness {
  db: TestDatabase;
  redis: Redis;
  /** A fresh Redis prefix for this file's queues. */
  prefix: string;
  /** The producer, as the API uses it. */
  jobs: JobQueue;
  /** The raw `email` queue, to add jobs with options the producer does not offer. */
  emailQueue: Queue;
  inbox: SmtpInbox;
  mailer: Mailer;
  /** Local storage in a temporary directory (the content jobs'). */
  storage: Storage;
  /** That directory. */
  dataDir: string;
  logger: Logger;
  /** Every log line written by the worker, parsed. */
  logs: Record<string, unknown>[];
  start(overrides?: Partial<WorkerSettings>): Promise<RunningWorker>;
  /** What sign-up leaves behind for the worker: a user and the welcome email owed to them. */
  createUserOwingWelcome(name?: string): Promise<{ userId: string; email: string; name: string }>;
  delivery(userId: string): Promise<EmailDelivery | null>;
  jobState(jobId: string): Promise<string>;
  /** A handler context as the worker builds one, for calling handlers directly. */
  context(attempt?: number, maxAttempts?: number): JobContext;
  close(): Promise<void>;
}

/** Real database (per TEST_DATABASE), real Redis under a fresh prefix, a real SMTP server. */
export async function createWorkerHarness(
  options: { smtp?: SmtpInboxOptions; mailer?: (logger: Logger) => Mailer } = {},
): Promise<WorkerHarness> {
  const db = await createTestDatabase();
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const prefix = `roster-test-worker-${randomBytes(4).toString('hex')}`;
  const jobs = new JobQueue(redis, prefix);
  const emailQueue = new Queue('email', { connection: redis, prefix });
  const inbox = await startSmtpInbox(options.smtp);
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const mailer =
    options.mailer?.(logger) ??
    createMailer({ smtpUrl: inbox.url, from: mailFrom, mailDir: '/nonexistent', logger });
  const dataDir = mkdtempSync(join(tmpdir(), 'roster-worker-data-'));
  const storage = createStorage(undefined, dataDir);
  const running: RunningWorker[] = [];
  let counter = 0;

  return {
    db,
    redis,
    prefix,
    jobs,
    emailQueue,
    inbox,
    mailer,
    storage,
    dataDir,
    logger,
    logs,
    async start(overrides = {}) {
      const worker = await startWorker({
        orm: db.orm,
        connection: redis,
        prefix,
        mailer,
        storage,
        appUrl,
        concurrency: 5,
        logger,
        delivery: testDelivery,
        ...overrides,
      });
      running.push(worker);
      return worker;
    },
    async createUserOwingWelcome(name = 'Ada Lovelace') {
      const email = `user-${++counter}-${randomBytes(3).toString('hex')}@example.com`;
      const user = await seedUser(db.orm, { email, name, verified: false });
      const em = forkEm(db.orm);
      recordEmailDelivery(em, welcomeEmailKey(user.id), 'welcome', email);
      await em.flush();
      return { userId: user.id, email, name };
    },
    delivery: (userId) => forkEm(db.orm).findOne(EmailDelivery, { key: welcomeEmailKey(userId) }),
    jobState: (jobId) => emailQueue.getJobState(jobId),
    context: (attempt = 1, maxAttempts = 1) => ({
      em: forkEm(db.orm),
      freshEm: () => forkEm(db.orm),
      jobs,
      mailer,
      redis,
      prefix,
      storage,
      delivery: testDelivery,
      webhooks: defaultWebhookSettings,
      appUrl,
      logger,
      attempt,
      maxAttempts,
      // Called directly, a handler that would wait in the queue says so instead.
      retryAt: (when) => Promise.reject(new Error(`retry at ${when.toISOString()}`)),
      updatePayload: async () => undefined,
    }),
    async close() {
      await Promise.all(running.map((w) => w.close()));
      await Promise.all([jobs.close(), emailQueue.close(), mailer.close(), inbox.close()]);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
      await db.close();
    },
  };
}
