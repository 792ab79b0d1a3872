// The real worker process on a real database (an SQLite file, or PostgreSQL with
// TEST_DATABASE=postgresql), Redis and an SMTP server in this process: a burst of 200 invitations
// while the worker is killed with SIGKILL at random moments (and restarted), or while every
// database connection is cut. Every invitee must end with exactly one email carrying their live
// link: none lost, no token mailed twice, every delivery `sent`.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '@roster/core';
import { forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { startSmtpInbox, type SmtpInbox } from '@roster/testing/smtp-inbox';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { checkMail, prepareBurst, type Burst } from './support/invitation-burst.js';
import { waitFor } from './support/wait-for.js';
import { killHard, spawnWorkerProcess, started, type WorkerProcess } from './support/worker-process.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const onPostgres = process.env.TEST_DATABASE === 'postgresql';
const invitees = 200;
const concurrency = 5;

/** Short leases, retries, sweeps and job locks, so that recovery takes seconds, not minutes. */
const quick = {
  WORKER_CONCURRENCY: String(concurrency),
  EMAIL_LEASE_MS: '8000',
  EMAIL_RETRY_DELAY_MS: '200',
  EMAIL_RETRY_MAX_DELAY_MS: '1000',
  EMAIL_SWEEP_EVERY_MS: '2000',
  JOB_LOCK_MS: '5000',
};

let dataDir: string | undefined;
let db: TestDatabase | undefined;
let inbox: SmtpInbox | undefined;
let redis: Redis | undefined;
let jobs: JobQueue | undefined;
let prefix = '';
const workers: WorkerProcess[] = [];

async function setUp(): Promise<{ env: Record<string, string>; burst: Burst }> {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-crash-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  // Each message is held 20 ms before "250 OK": kills land mid-send, after delivery.
  inbox = await startSmtpInbox({ acceptDelayMs: 20 });
  prefix = `roster-test-crash-${randomBytes(4).toString('hex')}`;
  redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
  const env = {
    ...quick,
    DATA_DIR: dataDir,
    DATABASE_URL: db.database,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    SMTP_URL: inbox.url,
    APP_URL: 'http://roster.test',
  };
  return { env, burst: await prepareBurst(db.orm, invitees) };
}

afterEach(async () => {
  await Promise.all(workers.splice(0).map(killHard));
  await jobs?.close();
  if (redis) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
  await inbox?.close();
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = db = inbox = redis = jobs = undefined;
});

function spawn(env: Record<string, string>): WorkerProcess {
  const worker = spawnWorkerProcess(env);
  workers.push(worker);
  return worker;
}

/** Waits until every invitee has their live link and every delivery is sent; then checks it all. */
async function settled(burst: Burst) {
  await waitFor(
    'every invitation email',
    async () => {
      await pause(500); // a full check reads every invitation: not in a busy loop
      const check = await checkMail(db!.orm, burst, inbox!.messages);
      return check.lost.length === 0 && check.unsent.length === 0;
    },
    120_000,
  ).catch(async (error: Error) => {
    const check = await checkMail(db!.orm, burst, inbox!.messages);
    throw new Error(
      `${error.message}: ${check.lost.length} lost, unsent ${check.unsent.slice(0, 5).join(', ')}`,
    );
  });
  return checkMail(db!.orm, burst, inbox!.messages);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a burst of invitation emails', () => {
  it('survives workers being killed with SIGKILL at random moments', async () => {
    const { env, burst } = await setUp();
    // Two workers, as a deployment runs them; one is killed at a time and started again at once.
    const running = [spawn(env), spawn(env)];
    await Promise.all(running.map(started));
    const inviting = burst.invite(jobs!, 20);
    const kills = 4;
    for (let k = 0; k < kills; k++) {
      // Somewhere in the next stretch of sending (or of starting, when sending is slow to come).
      const target = inbox!.messages.length + 5 + Math.floor(Math.random() * 30);
      await waitFor('emails to flow', () => inbox!.messages.length >= target, 8_000).catch(() => undefined);
      const victim = Math.floor(Math.random() * running.length);
      await killHard(running[victim]!);
      running[victim] = spawn(env);
    }
    await inviting;
    const check = await settled(burst);

    expect(check).toMatchObject({ lost: [], duplicated: [], unsent: [] });
    // A dead link comes only from a send cut short: at most one per running job per kill.
    expect(check.dead).toBeLessThanOrEqual(kills * concurrency);
  }, 240_000);

  it.runIf(onPostgres)(
    'survives every database connection being cut during the burst',
    async () => {
      const { env, burst } = await setUp();
      await started(spawn(env));
      const inviting = burst.invite(jobs!, 20);
      let cuts = 0;
      while (cuts < 8) {
        await pause(150 + Math.floor(Math.random() * 300));
        // Every other connection to this database: the worker's, and this process's own pool.
        const cut = await forkEm(db!.orm)
          .getConnection()
          .execute(
            'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
          )
          .then(
            () => true,
            () => false, // this query drew a connection cut last time: draw again
          );
        if (cut) cuts += 1;
      }
      await inviting;
      const check = await settled(burst);
      expect(check).toMatchObject({ lost: [], duplicated: [], unsent: [] });
      expect(cuts).toBe(8);
    },
    240_000,
  );
});
