// Usage of real /v1 requests, rolled up by the real worker process: N API-key requests and the
// bytes of an upload and its downloads arrive in the database exactly, through Roster as
// assembled (@roster/testing's API) and the worker as `pnpm start` runs it.
import { spawn as spawnChild } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiKey } from '@roster/core';
import { ApiKey, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind, testRedisUrl } from '@roster/testing/env';
import { seedOrganization, seedProject } from '@roster/testing/factories';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTotals, drained } from './support/usage-traffic.js';
import { waitFor } from './support/wait-for.js';
import { bundleWorker } from './support/worker-bundle.js';
import { killHard, started, type WorkerProcess } from './support/worker-process.js';

let dataDir: string;
let db: TestDatabase;
let roster: RunningRoster;
let redis: Redis;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-usage-requests-'));
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dataDir, 'roster.db') } : {});
  roster = await startRoster({ db, worker: false, dataDir });
  redis = new Redis(testRedisUrl());
}, 120_000);

afterAll(async () => {
  if (worker) await killHard(worker);
  await roster?.stop();
  await redis?.quit();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The real worker (src/main.ts compiled once), on the same database, Redis prefix and storage. */
async function startWorkerProcess(): Promise<WorkerProcess> {
  const bundle = await bundleWorker(dataDir);
  const child = spawnChild(process.execPath, [bundle], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      DATABASE_URL: db.database,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: roster.prefix,
      USAGE_ROLLUP_EVERY_MS: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

describe('usage of /v1 requests', () => {
  it('N key requests and K bytes up and down are exactly N calls and K bytes after the rollup', async () => {
    const org = await seedOrganization(db.orm, { plan: 'team' });
    const project = await seedProject(db.orm, { orgId: org.id, visibility: 'organization' });
    const key = generateApiKey();
    const em = forkEm(db.orm);
    em.create(ApiKey, {
      organization: org.id,
      name: 'Exactness',
      prefix: key.prefix,
      secretHash: key.secretHash,
      scopes: ['content:read', 'content:write'],
      allProjects: true,
    });
    await em.flush();
    const auth = { authorization: `Bearer ${key.secret}` };
    const calls = 25;
    const file = randomBytes(200_000);
    const upload = await fetch(`${roster.url}/v1/projects/${project.id}/assets?name=data.bin`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: file,
    });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    let bytesOut = 0;
    for (let i = 0; i < calls - 1; i++) {
      const res = await fetch(`${roster.url}/v1/assets/${id}/content`, { headers: auth });
      expect(res.status).toBe(200);
      bytesOut += (await res.arrayBuffer()).byteLength;
    }
    expect(bytesOut).toBe(file.length * (calls - 1));

    worker = await startWorkerProcess();
    await started(worker);
    await waitFor(
      'the rollup',
      async () =>
        (await drained(redis, roster.prefix)) && (await databaseTotals(db.orm, org.id)).apiCalls > 0,
      60_000,
    );
    expect(await databaseTotals(db.orm, org.id)).toEqual({
      apiCalls: calls,
      bandwidthIn: file.length,
      bandwidthOut: bytesOut,
    });
  }, 180_000);
});
