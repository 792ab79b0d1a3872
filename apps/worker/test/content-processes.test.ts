// The API and the worker as separate processes (`tsx src/main.ts`) on one database and one
// DATA_DIR (local storage): a folder deleted through tRPC over HTTP, the worker process purges its
// bytes. Files are uploaded by this process through core, into the same storage directory.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue, createFolder } from '@roster/core';
import { createStorage, type Storage } from '@roster/storage';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { freePort } from '@roster/testing/free-port';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobStates, memberWorld, storedKeys } from './support/content.js';
import { apiListening, mutate, startApp, type AppProcess, type TrpcAnswer } from './support/processes.js';
import { waitFor } from './support/wait-for.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `roster-test-content-processes-${randomBytes(4).toString('hex')}`;

let dataDir: string;
let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let storage: Storage;
let api: AppProcess;
let worker: AppProcess;
let baseUrl: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-content-processes-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
  storage = createStorage(undefined, dataDir);
  const env = { DATA_DIR: dataDir, DATABASE_URL: db.database, REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  api = startApp('api', { ...env, PORT: String(port), APP_URL: 'http://roster.test' });
  worker = startApp('worker', { ...env, WORKER_CONCURRENCY: '2' });
  await apiListening(api);
  await waitFor('the worker to start', () => worker.logs().some((l) => l.msg === 'worker started'), 90_000);
}, 120_000);

afterAll(async () => {
  await Promise.all([api?.stop(), worker?.stop()]);
  await jobs?.close();
  await storage?.close();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/**
 * As a client should: a 503 (BUSY, or Redis too slow on a loaded machine) says nothing was done and
 * to try again in a moment. Anything else is the answer.
 */
async function retrying(send: () => Promise<TrpcAnswer>): Promise<TrpcAnswer> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    if (answer.status !== 503 || attempt === 5) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
  }
}

describe('API and worker processes', () => {
  it('a folder deleted through tRPC over HTTP has its bytes purged by the worker process', async () => {
    const email = `content-${randomBytes(3).toString('hex')}@example.com`;
    const signedUp = await retrying(() =>
      mutate(baseUrl, 'auth.signUp', {
        email,
        password: 'violet-otter-17-lantern',
        name: 'Dana Deleter',
        companyName: 'Purge Co',
      }),
    );
    expect(signedUp.status, JSON.stringify(signedUp.body)).toBe(200);
    const { orgId, user } = signedUp.body.result!.data as { orgId: string; user: { id: string } };
    const world = await memberWorld(db.orm, storage, jobs, { userId: user.id, orgId });
    const folder = await createFolder(await world.scope(), { projectId: world.projectId, name: 'Over HTTP' });
    const keys = [
      (await world.upload('one.txt', { folderId: folder.id })).key,
      (await world.upload('two.txt', { folderId: folder.id })).key,
    ];
    expect(await storedKeys(storage, keys)).toEqual(keys);

    const deleted = await retrying(() =>
      mutate(baseUrl, 'folder.delete', { orgId, folderId: folder.id }, { cookie: signedUp.cookie! }),
    );
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body.result!.data).toMatchObject({ id: folder.id, folders: 0, assets: 2 });

    await waitFor(
      'the worker process to purge the bytes',
      async () => (await storedKeys(storage, keys)).length === 0,
      60_000,
    );
    await waitFor('the rows to go', async () =>
      Object.values(await blobStates(db.orm, keys)).every((s) => s === 'gone'),
    );
    // The worker logs the purge after its last row went; its output reaches this process a little later.
    await waitFor('the worker to log the purge', async () =>
      worker.logs().some((l) => l.msg?.startsWith('content purged')),
    );
    const errors = [...api.logs(), ...worker.logs()].filter((l) => (l.level ?? 0) >= 50);
    expect(errors).toEqual([]);
  }, 120_000);
});
