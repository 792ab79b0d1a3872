// Crash order (i) with the real worker process: a folder's rows are deleted and committed, the
// worker starts purging its bytes and is killed with SIGKILL midway. A worker started again (its
// stalled job run again, or the sweep) removes every remaining byte and row, and fails on nothing.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue, createFolder, deleteFolder } from '@roster/core';
import { createStorage, type Storage } from '@roster/storage';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobStates, contentWorld, storedKeys } from './support/content.js';
import { waitFor } from './support/wait-for.js';
import { killHard, spawnWorkerProcess, started, type WorkerProcess } from './support/worker-process.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `roster-test-content-crash-${randomBytes(4).toString('hex')}`;
const files = 300;

let dataDir: string;
let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let storage: Storage;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-content-crash-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
  storage = createStorage(undefined, dataDir);
});

afterAll(async () => {
  await Promise.all(workers.map(killHard));
  await jobs?.close();
  await storage?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

function spawn(): WorkerProcess {
  const worker = spawnWorkerProcess({
    DATA_DIR: dataDir,
    DATABASE_URL: db.database,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    // A killed job's lock lapses in a second; the sweep runs every second too.
    JOB_LOCK_MS: '1000',
    CONTENT_SWEEP_EVERY_MS: '1000',
  });
  workers.push(worker);
  return worker;
}

describe('a worker killed while purging', () => {
  it('leaves the rest to the next worker: every byte and row of the folder goes, once', async () => {
    const world = await contentWorld(db.orm, storage, jobs);
    const folder = await createFolder(await world.scope(), { projectId: world.projectId, name: 'Big' });
    const keys: string[] = [];
    for (let i = 0; i < files; i++)
      keys.push((await world.upload(`f-${i}.txt`, { folderId: folder.id })).key);

    const first = spawn();
    await started(first);
    await deleteFolder(await world.scope(), { folderId: folder.id });
    // As soon as the purge has begun, kill it.
    await waitFor('the purge to begin', async () => (await storedKeys(storage, keys)).length < files, 60_000);
    await killHard(first);
    const left = (await storedKeys(storage, keys)).length;

    const second = spawn();
    await started(second);
    await waitFor('every byte to go', async () => (await storedKeys(storage, keys)).length === 0, 90_000);
    await waitFor('every row to go', async () =>
      Object.values(await blobStates(db.orm, keys)).every((s) => s === 'gone'),
    );
    expect(left).toBeLessThan(files);
    const errors = second
      .output()
      .split('\n')
      .filter((l) => /"level":(50|60)/.test(l));
    expect(errors).toEqual([]);
  }, 180_000);
});
