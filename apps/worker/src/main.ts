import { startWorkerApp, workerSettings } from './app.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);

/** Connects everything and starts the workers; returns what stops them, in order. */
async function start(): Promise<() => Promise<void>> {
  const app = await startWorkerApp(workerSettings(env, logger));
  return app.stop;
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
