// Usage exactness through real worker processes: counts keep arriving while the worker is killed
// with SIGKILL at random moments during rollups, again and again, then one is left to finish: the
// database has every count exactly once. Then two workers roll up at once: exact as well.
import { spawn as spawnChild } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usageKeys } from '@roster/core';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind } from '@roster/testing/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { Traffic, activityTotals, databaseTotals, drained, monthTotals } from './support/usage-traffic.js';
import { waitFor } from './support/wait-for.js';
import { bundleWorker } from './support/worker-bundle.js';
import { killHard, started, type WorkerProcess } from './support/worker-process.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const kills = 20;

let dataDir: string;
let bundle: string;
let db: TestDatabase;
let redis: Redis;
const workers: WorkerProcess[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-usage-crash-'));
  bundle = await bundleWorker(dataDir);
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dataDir, 'roster.db') } : {});
  redis = new Redis(redisUrl);
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map(killHard));
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis?.quit();
});

/** The real worker (src/main.ts, compiled once by bundleWorker), rolling up every 100 ms. */
function spawnWorker(prefix: string): WorkerProcess {
  const child = spawnChild(process.execPath, [bundle], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      DATABASE_URL: db.database,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      USAGE_ROLLUP_EVERY_MS: '100',
      // Long enough that a busy machine's pauses do not look like stalls; a killed rollup's job is
      // left to lapse: the next rollups (every 100 ms) do its work anyway.
      JOB_LOCK_MS: '10000',
      CONTENT_SWEEP_EVERY_MS: '3600000',
      EMAIL_SWEEP_EVERY_MS: '3600000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const worker = { child, output: () => output, exited };
  workers.push(worker);
  return worker;
}

function freshPrefix(): string {
  const prefix = `roster-test-usage-crash-${randomBytes(4).toString('hex')}`;
  prefixes.push(prefix);
  return prefix;
}

/**
 * Errors the worker logged (level 50+), but for BullMQ's own lock bookkeeping (a job lock lost to a
 * pause on a loaded machine, a stalled job given up): those are about jobs, not counts, and the
 * next rollup finishes what such a job left.
 */
const errorsOf = (worker: WorkerProcess) =>
  worker
    .output()
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line))
    .filter(
      (line) => !/lock for job|Lock mismatch|Missing key for job|stalled more than allowable/.test(line),
    );

/**
 * Resolves as soon as a batch other than `known` is open: a rollup has swapped `pending` and not yet
 * deleted that batch. Polled back to back (each poll is a Redis round trip), not on a timer: the
 * window lasts only as long as a rollup.
 */
async function rollupUnderWay(prefix: string, known: Set<string>): Promise<void> {
  const deadline = Date.now() + 60_000;
  const { batches } = usageKeys(prefix);
  while (!(await redis.smembers(batches)).some((id) => !known.has(id))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a rollup under way');
  }
}

async function expectExact(traffic: Traffic, prefix: string): Promise<void> {
  for (const orgId of traffic.orgIds) {
    expect(await databaseTotals(db.orm, orgId)).toEqual(traffic.expected.get(orgId));
    // The statistics' activity rides in the same batches: exactly once too.
    expect(await activityTotals(db.orm, orgId)).toEqual(traffic.activity.get(orgId));
  }
  const months = await monthTotals(redis, prefix, traffic);
  for (const [key, found] of months) expect(found).toEqual(traffic.months.get(key) ?? { c: 0, o: 0 });
}

describe('usage rollup through real worker processes', () => {
  it(`counts exactly once across ${kills} SIGKILLs during rollups while counts keep arriving`, async () => {
    const prefix = freshPrefix();
    const keys = usageKeys(prefix);
    const traffic = await Traffic.create(db.orm, redis, prefix);
    traffic.start();
    onTestFinished(() => traffic.stop());
    let killedWithOpenBatch = 0;
    let leftOpen = new Set<string>();
    // The next two workers start while the current one runs (a start costs seconds of loading and
    // connecting, on one core each); the current one is killed once a rollup is under way.
    const queue = [spawnWorker(prefix), spawnWorker(prefix)];
    for (let i = 0; i < kills; i++) {
      const current = queue.shift()!;
      queue.push(spawnWorker(prefix));
      await started(current);
      // Not a batch the last kill left open: one of a rollup running now.
      await rollupUnderWay(prefix, leftOpen);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 15)));
      await killHard(current);
      leftOpen = new Set(await redis.smembers(keys.batches));
      if (leftOpen.size > 0) killedWithOpenBatch++;
      expect(errorsOf(current)).toEqual([]);
    }
    await traffic.stop();
    await Promise.all(queue.map(started));
    await waitFor('every count to be rolled up', () => drained(redis, prefix), 60_000);
    await expectExact(traffic, prefix);
    expect(traffic.hits).toBeGreaterThan(kills);
    expect(killedWithOpenBatch).toBeGreaterThan(0);
    await Promise.all(queue.map(killHard));
    expect(queue.flatMap(errorsOf)).toEqual([]);
  }, 300_000);

  it('counts exactly once with two workers rolling up at once', async () => {
    const prefix = freshPrefix();
    const traffic = await Traffic.create(db.orm, redis, prefix);
    const [one, two] = [spawnWorker(prefix), spawnWorker(prefix)];
    await Promise.all([started(one), started(two)]);
    traffic.start();
    onTestFinished(() => traffic.stop());
    // Both take rollup jobs (five at a time each) while counts arrive.
    const rolledUp = (w: WorkerProcess) => w.output().split('"msg":"usage rolled up"').length - 1;
    await waitFor('both workers to apply batches', () => rolledUp(one) >= 3 && rolledUp(two) >= 3, 90_000);
    await traffic.stop();
    await waitFor('every count to be rolled up', () => drained(redis, prefix), 60_000);
    await expectExact(traffic, prefix);
    await Promise.all([killHard(one), killHard(two)]);
    expect([...errorsOf(one), ...errorsOf(two)]).toEqual([]);
  }, 180_000);
});
