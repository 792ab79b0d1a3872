// Webhooks through real worker processes killed with SIGKILL in the middle of deliveries: every
// committed event reaches the receiver at least once (a delivery cut short is sent again, with the
// same event id, so the receiver dedupes by it), and every delivery ends succeeded. The worker is
// the real one (src/main.ts, bundled once), on an SQLite file or PostgreSQL, with real Redis.
import { spawn as spawnChild } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '@roster/core';
import { AuditRecord, WebhookDelivery, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind } from '@roster/testing/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';
import { bundleWorker } from './support/worker-bundle.js';
import { killHard, started, type WorkerProcess } from './support/worker-process.js';
import {
  startWebhookReceiver,
  type ReceivedWebhook,
  type WebhookReceiver,
} from './support/webhook-receiver.js';
import { setUpWebhookOrg } from './support/webhook-org.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const events = 30;
const kills = 3;

let dataDir: string;
let bundle: string;
let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let receiver: WebhookReceiver;
const prefix = `roster-test-webhook-crash-${randomBytes(4).toString('hex')}`;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-webhook-crash-'));
  bundle = await bundleWorker(dataDir);
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dataDir, 'roster.db') } : {});
  redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
  // Each answer is held 150 ms: kills land while a request is in flight.
  receiver = await startWebhookReceiver({ holdMs: 150 });
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map(killHard));
  await receiver?.close();
  await jobs?.close();
  const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The real worker, with short locks, leases, retries and sweeps so that recovery takes seconds. */
function spawnWorker(): WorkerProcess {
  const child = spawnChild(process.execPath, [bundle], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      DATABASE_URL: db.database,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      WORKER_CONCURRENCY: '3',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_TIMEOUT_MS: '5000',
      WEBHOOK_RETRY_DELAY_MS: '200',
      JOB_LOCK_MS: '2000',
      EVENT_LEASE_MS: '1000',
      EMAIL_SWEEP_EVERY_MS: '2000',
      CONTENT_SWEEP_EVERY_MS: '3600000',
      USAGE_ROLLUP_EVERY_MS: '3600000',
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

describe('webhooks through real worker processes', () => {
  it(`delivers every event at least once across ${kills} SIGKILLs mid-delivery`, async () => {
    const org = await setUpWebhookOrg(db.orm, jobs, `${receiver.url}/crash`);
    for (let i = 0; i < events; i++) await org.createProject(`Crash ${i + 1}`);
    const eventIds = (
      await forkEm(db.orm).find(AuditRecord, { organization: org.orgId, action: 'project.created' })
    ).map((r) => r.id);
    expect(eventIds).toHaveLength(events);

    const cutShort: ReceivedWebhook[] = [];
    let current = spawnWorker();
    for (let k = 0; k < kills; k++) {
      await started(current);
      // A request the receiver holds, of a delivery not cut short before: killed in the middle of it.
      const victim = await waitFor(
        'a delivery in flight',
        () => [...receiver.inFlight].find((r) => !cutShort.some((c) => c.json.id === r.json.id)),
        60_000,
      );
      await killHard(current);
      cutShort.push(victim);
      current = spawnWorker();
    }
    await started(current);
    await waitFor(
      'every delivery to succeed',
      async () => {
        const rows = await forkEm(db.orm).find(WebhookDelivery, { plugin: org.pluginId });
        return rows.length === events && rows.every((d) => d.status === 'succeeded');
      },
      120_000,
    );

    const got = receiver.at('/crash');
    // The receiver dedupes by id: exactly the committed events, each at least once.
    expect(new Set(got.map((r) => r.json.id))).toEqual(new Set(eventIds));
    expect(got.every((r) => r.headers['roster-event-id'] === r.json.id)).toBe(true);
    // A delivery cut short by a kill was sent again, with the same id and body.
    for (const victim of cutShort) {
      const copies = got.filter((r) => r.json.id === victim.json.id);
      expect(copies.length).toBeGreaterThanOrEqual(2);
      expect(new Set(copies.map((r) => r.body)).size).toBe(1);
    }
    await killHard(current);
    const errors = workers
      .flatMap((w) => w.output().split('\n'))
      .filter((line) => /"level":(50|60)/.test(line))
      .filter(
        (line) => !/lock for job|Lock mismatch|Missing key for job|stalled more than allowable/.test(line),
      );
    expect(errors).toEqual([]);
  }, 300_000);
});
