import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import {
  AttemptLimiter,
  DeviceTrust,
  type JobQueue,
  ResetLimiter,
  UsageMeter,
  createSessions,
  redisPrefix,
  type AttemptLimits,
  type Sessions,
} from '@roster/core';
import { createOrm } from '@roster/db';
import { createStorage, type Storage } from '@roster/storage';
import type { Redis } from 'ioredis';
import { CachedApiKeyAuth, type ApiKeyAuth } from './api-keys/auth.js';
import { FailFastJobQueue } from './job-queue.js';
import { connectRedis } from './redis.js';

/** The long-lived things a request needs. Built once per process (or per test file). */
export interface Deps {
  orm: MikroORM;
  redis: Redis;
  /** The namespace of this install's Redis keys (REDIS_PREFIX). */
  prefix: string;
  jobs: JobQueue;
  sessions: Sessions;
  limiter: AttemptLimiter;
  /** Signs and checks the cookies of devices that signed in before. */
  devices: DeviceTrust;
  /** Cookies carry Secure (the app is served over https). */
  secureCookies: boolean;
  /** Password reset requests per IP and per email. */
  resetLimiter: ResetLimiter;
  /** The origin browsers must send on mutations (CSRF check). */
  appOrigin: string;
  /** Where content bytes live (STORAGE_URL: a local directory or an S3-compatible bucket). */
  storage: Storage;
  /** API keys: cached lookups, revocations heard from and announced to every API process. */
  apiKeys: ApiKeyAuth;
  /** Counts what requests use (PRODUCT §7); null only when metering is switched off (benchmarks). */
  meter: UsageMeter | null;
  /** WEBHOOK_ALLOW_PRIVATE: webhook URLs may resolve to loopback, private or link-local addresses. */
  webhookAllowPrivate: boolean;
  /** The time API-key checks go by (expiry, rate-limit windows, last used); tests move it. */
  clock(): Date;
  close(): Promise<void>;
}

export interface DepsSettings {
  orm?: MikroORM;
  database: string;
  redisUrl: string;
  appOrigin: string;
  secureCookies: boolean;
  /** Namespace for Redis keys and queues (tests use a fresh one each). */
  prefix?: string;
  limits?: AttemptLimits;
  /** Key of the device cookies' signatures (SECRET_KEY); a random one when absent (tests). */
  secret?: string | Buffer;
  /** STORAGE_URL; unset → a local directory under `dataDir`. */
  storageUrl?: string | undefined;
  /** DATA_DIR; when absent (tests), a new temporary directory, removed on close. */
  dataDir?: string;
  /** The clock of API-key checks; the real one by default. */
  clock?: () => Date;
  /** false: no usage is counted (only to measure what metering costs); true by default. */
  metering?: boolean;
  /** WEBHOOK_ALLOW_PRIVATE (false by default). */
  webhookAllowPrivate?: boolean;
}

export async function createDeps(settings: DepsSettings): Promise<Deps> {
  const orm = settings.orm ?? (await createOrm({ database: settings.database }));
  // The third connection only listens (API-key revocations): a subscribed client can do nothing else.
  const [redis, queueRedis, subscriber] = await Promise.all([
    connectRedis(settings.redisUrl),
    connectRedis(settings.redisUrl, { commandTimeout: false }),
    connectRedis(settings.redisUrl, { commandTimeout: false }),
  ]);
  const prefix = settings.prefix ?? redisPrefix;
  const jobs = new FailFastJobQueue(queueRedis, prefix);
  const tempDir = settings.dataDir ? null : mkdtempSync(join(tmpdir(), 'roster-data-'));
  const storage = createStorage(settings.storageUrl || undefined, settings.dataDir ?? tempDir!);
  const apiKeys = new CachedApiKeyAuth(orm, redis, subscriber, prefix);
  return {
    orm,
    redis,
    prefix,
    jobs,
    sessions: createSessions(orm, { secure: settings.secureCookies }),
    limiter: new AttemptLimiter(redis, settings.limits, prefix),
    devices: new DeviceTrust(settings.secret ?? randomBytes(32)),
    secureCookies: settings.secureCookies,
    resetLimiter: new ResetLimiter(redis, undefined, prefix),
    appOrigin: settings.appOrigin,
    storage,
    apiKeys,
    meter: settings.metering === false ? null : new UsageMeter(redis, prefix),
    webhookAllowPrivate: settings.webhookAllowPrivate ?? false,
    clock: settings.clock ?? (() => new Date()),
    async close() {
      await apiKeys.close();
      await jobs.close();
      await storage.close();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      redis.disconnect();
      queueRedis.disconnect();
      if (!settings.orm) await orm.close(true);
    },
  };
}
