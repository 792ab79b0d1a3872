// Statistics recomputed by the real worker process (PRODUCT §8): a change through /v1 (an upload, a
// folder) asks for a debounced recompute through the events' after-commit subscriber, the usage
// rollup asks for one for the organizations with new downloads, and the worker runs them: the
// precomputed rows follow, with the API and the worker as separate processes.
import { spawn as spawnChild } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiKey } from '@roster/core';
import { ApiKey, StatsOrganization, StatsProject, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind, testRedisUrl } from '@roster/testing/env';
import { seedOrganization, seedProject } from '@roster/testing/factories';
import { startRoster, type RunningRoster } from '@roster/testing/roster';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';
import { bundleWorker } from './support/worker-bundle.js';
import { killHard, started, type WorkerProcess } from './support/worker-process.js';

let dataDir: string;
let db: TestDatabase;
let roster: RunningRoster;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-stats-recompute-'));
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dataDir, 'roster.db') } : {});
  roster = await startRoster({ db, worker: false, dataDir });
}, 120_000);

afterAll(async () => {
  if (worker) await killHard(worker);
  await roster?.stop();
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
      STATS_DEBOUNCE_MS: '300',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

const projectRow = (projectId: string) =>
  forkEm(db.orm).findOne(StatsProject, { projectId }, { disableIdentityMap: true });

describe('stats.recompute in the worker', () => {
  it('follows changes and activity after the debounce window', async () => {
    const org = await seedOrganization(db.orm, { plan: 'team' });
    const project = await seedProject(db.orm, { orgId: org.id, visibility: 'organization' });
    const key = generateApiKey();
    const em = forkEm(db.orm);
    em.create(ApiKey, {
      organization: org.id,
      name: 'Stats bot',
      prefix: key.prefix,
      secretHash: key.secretHash,
      scopes: ['content:read', 'content:write'],
      allProjects: true,
    });
    await em.flush();
    const auth = { authorization: `Bearer ${key.secret}` };
    worker = await startWorkerProcess();
    await started(worker);

    // An upload: its event asks for a recompute, and so does the rollup of its activity.
    const file = randomBytes(1234);
    const upload = await fetch(`${roster.url}/v1/projects/${project.id}/assets?name=data.bin`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: file,
    });
    expect(upload.status).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const first = await waitFor(
      'the recompute after the upload',
      async () => {
        const row = await projectRow(project.id);
        return row && row.assets === 1 && row.uploads30d === 1 ? row : undefined;
      },
      60_000,
    );
    expect(first).toMatchObject({ storageBytes: 1234, folders: 0, downloads30d: 0 });

    // A change after that recompute: a later window's job picks it up.
    const folder = await fetch(`${roster.url}/v1/projects/${project.id}/folders`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Later' }),
    });
    expect(folder.status).toBe(201);
    await waitFor(
      'the recompute after the folder',
      async () => (await projectRow(project.id))?.folders === 1,
      60_000,
    );

    // A download: counted by the rollup, which asks for the recompute.
    const res = await fetch(`${roster.url}/v1/assets/${id}/content`, { headers: auth });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    await waitFor(
      'the recompute after the download',
      async () => (await projectRow(project.id))?.downloads30d === 1,
      60_000,
    );
    const totals = await forkEm(db.orm).findOneOrFail(StatsOrganization, { organization: org.id });
    expect(totals).toMatchObject({ projects: 1, assets: 1, folders: 1, uploads30d: 1, downloads30d: 1 });
    expect(totals.computedAt!.getTime()).toBeGreaterThan(first.computedAt.getTime());
  }, 180_000);
});
