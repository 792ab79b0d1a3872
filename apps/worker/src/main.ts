import { JobQueue } from '@roster/core';
import { createOrm } from '@roster/db';
import { Redis } from 'ioredis';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { createMailer } from './mailer.js';
import { startSweep } from './sweep.js';
import { startWorker } from './worker.js';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

/** Connects everything and starts the workers; returns what stops them, in order. */
async function start(): Promise<() => Promise<void>> {
  const orm = await createOrm({ database: env.database });
  // BullMQ workers block on Redis; their commands must wait for a reconnect rather than fail.
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, mailDir: env.mailDir, logger });
  try {
    const worker = await startWorker({
      orm,
      connection: redis,
      prefix: env.REDIS_PREFIX,
      mailer,
      appUrl: env.appUrl,
      concurrency: env.WORKER_CONCURRENCY,
      logger,
      delivery: env.delivery,
      lockMs: env.JOB_LOCK_MS,
    });
    const jobs = new JobQueue(redis, env.REDIS_PREFIX);
    const sweep = startSweep({ orm, jobs, logger, everyMs: env.EMAIL_SWEEP_EVERY_MS });
    return async () => {
      sweep.stop();
      await worker.close();
      await jobs.close();
      await mailer.close();
      await redis.quit();
      await orm.close(true);
    };
  } catch (error) {
    redis.disconnect();
    await orm.close(true);
    throw error;
  }
}

// The signal handlers are in place before anything starts: a SIGTERM that arrives while the
// worker is still connecting waits for the start to finish, then stops it, rather than killing it.
const started = start().catch((error: unknown) => {
  logger.fatal({ err: error }, 'worker could not start');
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting for running jobs`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: letting running jobs finish, then closing`);
    started
      .then((stop) => stop())
      .then(
        () => {
          logger.info('worker stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  });
}

await started;
