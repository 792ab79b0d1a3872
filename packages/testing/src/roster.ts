import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { defaultWebhookSettings } from '@roster/core';
import { startApi, type RunningApi } from '@roster/api/app';
import { startWorkerApp, type RunningWorkerApp } from '@roster/worker/app';
import { createLogger } from '@roster/worker/logger';
import { Redis } from 'ioredis';
import { startApiProcess } from './api-process.js';
import { createTestDatabase } from './database.js';
import { testRedisUrl } from './env.js';
import { freePort, onFreePort } from './free-port.js';
import { startSmtpInbox, type SmtpInbox, type SmtpInboxOptions } from './smtp-inbox.js';

export interface RosterOptions {
  /** The database to run on; a new test database (closed by stop) when absent. */
  db?: { orm: MikroORM; database: string };
  /** Also run the worker in this process, mailing to the inbox (default true). */
  worker?: boolean;
  /** Jobs the worker runs at once (default 2). */
  workerConcurrency?: number;
  /** Directory of the built web app, served at `/` as in production. */
  webDist?: string;
  /** The Redis key prefix of queues and limits; a fresh one (its keys deleted by stop) by default. */
  prefix?: string;
  /** Log level of the in-process API and worker (default: silent API, `warn` worker). */
  logLevel?: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  smtp?: SmtpInboxOptions;
  /**
   * STORAGE_URL of the API and worker (an s3rver bucket from @roster/storage/testing, say); by
   * default a local directory under the data directory.
   */
  storageUrl?: string;
  /** DATA_DIR of the API and worker; a new temporary directory (removed by stop) by default. */
  dataDir?: string;
  /**
   * Runs the API as `pnpm start` does, in its own Node process (with these Node flags), instead of
   * in this one: the bench measures it without sharing its event loop. Needs a database another
   * process can open (PostgreSQL or a SQLite file).
   */
  apiProcess?: { nodeFlags?: string[] };
  /** WEBHOOK_ALLOW_PRIVATE of the API and worker: webhooks may reach the test's receivers on 127.0.0.1. */
  webhookAllowPrivate?: boolean;
}

export interface RunningRoster {
  /** The origin of the API (and of the web app, with `webDist`), e.g. http://127.0.0.1:41234. */
  url: string;
  db: { orm: MikroORM; database: string };
  prefix: string;
  /** The DATA_DIR the API and worker run with (local storage lives in its `storage/`). */
  dataDir: string;
  /** Where the worker delivers Roster's emails. */
  inbox: SmtpInbox;
  /** The in-process API's dependencies (null when it runs as its own process). */
  deps: RunningApi['deps'] | null;
  /** The process id of the API (this one, unless `apiProcess`). */
  apiPid: number;
  worker: RunningWorkerApp | null;
  /** Stops the worker, the API and the inbox, deletes the prefix's Redis keys, closes its own database. */
  stop(): Promise<void>;
}

/**
 * Roster as `pnpm start` assembles it (the composition roots of @roster/api and @roster/worker), on
 * 127.0.0.1 and a free port, with a fresh Redis prefix and an SMTP inbox in this process.
 */
export async function startRoster(options: RosterOptions = {}): Promise<RunningRoster> {
  const db = options.db ?? (await createTestDatabase());
  const ownDb = options.db ? null : (db as Awaited<ReturnType<typeof createTestDatabase>>);
  const redisUrl = testRedisUrl();
  const prefix = options.prefix ?? `roster-test-${randomBytes(4).toString('hex')}`;
  let url = '';
  const inbox = await startSmtpInbox(options.smtp);
  const stops: (() => Promise<void>)[] = [inbox.close];
  const stop = async () => {
    for (let next = stops.pop(); next; next = stops.pop()) await next();
  };
  if (ownDb) stops.unshift(ownDb.close);
  if (!options.prefix) stops.unshift(() => deleteKeys(redisUrl, prefix));
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'roster-data-')));
  if (!options.dataDir) stops.unshift(() => rm(dataDir, { recursive: true, force: true }));
  const storage = { dataDir, ...(options.storageUrl ? { storageUrl: options.storageUrl } : {}) };
  try {
    let deps: RunningApi['deps'] | null = null;
    let apiPid = process.pid;
    if (options.apiProcess) {
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      const api = await startApiProcess({
        port,
        nodeFlags: options.apiProcess.nodeFlags ?? [],
        // Warnings only, as in process: a log line per request would be measured with the rest.
        env: {
          DATABASE_URL: db.database,
          REDIS_URL: redisUrl,
          REDIS_PREFIX: prefix,
          DATA_DIR: dataDir,
          ...(options.storageUrl ? { STORAGE_URL: options.storageUrl } : {}),
          LOG_LEVEL: options.logLevel ?? 'warn',
          ...(options.webhookAllowPrivate ? { WEBHOOK_ALLOW_PRIVATE: 'true' } : {}),
        },
      });
      stops.push(api.stop);
      apiPid = api.child.pid ?? 0;
    } else {
      const { port, server: api } = await onFreePort((port) =>
        startApi({
          orm: db.orm,
          database: db.database,
          redisUrl,
          prefix,
          appOrigin: `http://127.0.0.1:${port}`,
          secureCookies: false,
          ...storage,
          logger: options.logLevel && options.logLevel !== 'silent' ? { level: options.logLevel } : false,
          webDist: options.webDist ?? null,
          webhookAllowPrivate: options.webhookAllowPrivate ?? false,
          port,
          host: '127.0.0.1',
        }),
      );
      url = `http://127.0.0.1:${port}`;
      stops.push(api.close);
      deps = api.deps;
    }
    let worker: RunningWorkerApp | null = null;
    if (options.worker !== false) {
      worker = await startWorkerApp({
        orm: db.orm,
        database: db.database,
        redisUrl,
        prefix,
        smtpUrl: inbox.url,
        mailFrom: 'Roster <no-reply@roster.test>',
        mailDir: '/nonexistent',
        appUrl: url,
        concurrency: options.workerConcurrency ?? 2,
        logger: createLogger(options.logLevel ?? 'warn'),
        sweepEveryMs: 5 * 60_000,
        // The in-process API's storage is shared; else the same settings as the API process.
        ...storage,
        ...(deps ? { storage: deps.storage } : {}),
        ...(options.webhookAllowPrivate
          ? { webhooks: { ...defaultWebhookSettings, allowPrivate: true } }
          : {}),
      });
      stops.push(worker.stop);
    }
    return { url, db, prefix, dataDir, inbox, deps, apiPid, worker, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
