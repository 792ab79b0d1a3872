import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Organization, UsageBatch, dateParam, forkEm, type EntityManager } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind, testRedisUrl } from '@roster/testing/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBatch } from './apply.js';
import { parseBatch } from './batch.js';
import { counterField, noId, usageKeys } from './keys.js';
import { UsageMeter } from './meter.js';
import { rollupUsage } from './rollup.js';

let db: TestDatabase;
let redis: Redis;
let prefix: string;
let dir: string;
const em = (): EntityManager => forkEm(db.orm);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'roster-rollup-'));
  // A file, not memory: two rollups at once need two connections.
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dir, 'roster.db') } : {});
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  await db?.close();
  await redis?.quit();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh Redis prefix per test: each test sees only its own pending counters and batches. */
async function freshPrefix(): Promise<ReturnType<typeof usageKeys>> {
  if (prefix) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  prefix = `roster-test-rollup-${randomBytes(4).toString('hex')}`;
  return usageKeys(prefix);
}

async function newOrg(): Promise<string> {
  const e = em();
  const org = e.create(Organization, { name: `Org ${randomBytes(3).toString('hex')}`, plan: 'free' });
  await e.flush();
  return org.id;
}

interface Totals {
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

async function totalsOf(orgId: string): Promise<Totals> {
  const [row] = await em().execute<
    { c: string | number | null; i: string | number | null; o: string | number | null }[]
  >(
    'select sum(api_calls) as c, sum(bandwidth_in) as i, sum(bandwidth_out) as o from usage_daily where organization_id = ?',
    [orgId],
  );
  return {
    apiCalls: Number(row?.c ?? 0),
    bandwidthIn: Number(row?.i ?? 0),
    bandwidthOut: Number(row?.o ?? 0),
  };
}

const at = new Date('2026-05-10T12:00:00.000Z');
const rollup = (now = at) => rollupUsage({ em: em(), redis, prefix, now });

describe('rollupUsage', () => {
  it('moves counted usage into usage_daily by organization, day, project and key', async () => {
    const keys = await freshPrefix();
    const meter = new UsageMeter(redis, prefix);
    const orgId = await newOrg();
    const [projectId, apiKeyId] = [randomUUID(), randomUUID()];
    for (let i = 0; i < 5; i++) {
      await meter.record({ orgId, projectId, apiKeyId, apiCalls: 1, bytesIn: 10, bytesOut: 100, at });
    }
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 0, bytesIn: 0, bytesOut: 7, at });
    const result = await rollup();
    expect(result).toEqual({ batches: 1, counters: 4, rows: 2, orgIds: [orgId] });
    const rows = await em().execute<{ project_id: string; api_key_id: string; api_calls: unknown }[]>(
      'select cast(project_id as text) as project_id, cast(api_key_id as text) as api_key_id, api_calls from usage_daily where organization_id = ? order by api_calls',
      [orgId],
    );
    expect(rows.map((r) => [r.project_id, r.api_key_id, Number(r.api_calls)])).toEqual([
      [noId, noId, 0],
      [projectId, apiKeyId, 5],
    ]);
    expect(await totalsOf(orgId)).toEqual({ apiCalls: 5, bandwidthIn: 50, bandwidthOut: 507 });
    expect(await redis.exists(keys.pending)).toBe(0);
    expect(await redis.scard(keys.batches)).toBe(0);
    expect(await rollup()).toEqual({ batches: 0, counters: 0, rows: 0, orgIds: [] });
  });

  it('does nothing when a batch that was applied is found again (a crash before its DEL)', async () => {
    const keys = await freshPrefix();
    const orgId = await newOrg();
    const batch = { [counterField(orgId, '2026-05-10', null, null, 'apiCalls')]: '3' };
    await redis.hset(keys.batch('b1'), batch);
    await redis.sadd(keys.batches, 'b1');
    expect(await applyBatch(em(), 'b1', parseBatch(batch).rows, at)).toBe('applied');
    expect(await applyBatch(em(), 'b1', parseBatch(batch).rows, at)).toBe('already');
    // Its organization is still named: the worker that applied it died before checking its alerts.
    expect(await rollup()).toEqual({ batches: 0, counters: 0, rows: 0, orgIds: [orgId] });
    expect(await totalsOf(orgId)).toEqual({ apiCalls: 3, bandwidthIn: 0, bandwidthOut: 0 });
    expect(await redis.exists(keys.batch('b1'))).toBe(0);
    expect(await redis.scard(keys.batches)).toBe(0);
  });

  it('applies a batch a crash left open, with the counts that arrived since', async () => {
    const keys = await freshPrefix();
    const orgId = await newOrg();
    // A rollup died right after its swap: the batch is closed but not applied.
    await redis.hset(keys.batch('left'), counterField(orgId, '2026-05-09', null, null, 'bandwidthOut'), '40');
    await redis.sadd(keys.batches, 'left');
    await new UsageMeter(redis, prefix).record({
      orgId,
      projectId: null,
      apiKeyId: null,
      apiCalls: 0,
      bytesIn: 0,
      bytesOut: 2,
      at,
    });
    expect(await rollup()).toEqual({ batches: 2, counters: 2, rows: 2, orgIds: [orgId] });
    expect(await totalsOf(orgId)).toEqual({ apiCalls: 0, bandwidthIn: 0, bandwidthOut: 42 });
  });

  it("raises the month's Redis totals to the database's after a Redis flush", async () => {
    const keys = await freshPrefix();
    const meter = new UsageMeter(redis, prefix);
    const orgId = await newOrg();
    const hit = {
      orgId,
      projectId: null,
      apiKeyId: randomUUID(),
      apiCalls: 1,
      bytesIn: 0,
      bytesOut: 1000,
      at,
    };
    for (let i = 0; i < 4; i++) await meter.record(hit);
    await rollup();
    await redis.del(keys.month(orgId, at)); // lost, as in a flush
    await meter.record(hit);
    expect(await redis.hgetall(keys.month(orgId, at))).toEqual({ c: '1', o: '1000' });
    await rollup();
    expect(await redis.hgetall(keys.month(orgId, at))).toEqual({ c: '5', o: '5000' });
    // Never lowered: counts still pending keep the hash ahead of the database.
    await meter.record(hit);
    await rollup();
    await meter.record(hit);
    expect(await redis.hgetall(keys.month(orgId, at))).toEqual({ c: '7', o: '7000' });
  });

  it('counts every batch exactly once when two rollups run at once', async () => {
    const keys = await freshPrefix();
    const orgIds = [await newOrg(), await newOrg()];
    const projects = [randomUUID(), randomUUID(), null];
    let expected = 0;
    for (let b = 0; b < 12; b++) {
      const fields: Record<string, string> = {};
      for (const orgId of orgIds) {
        for (const projectId of projects) {
          fields[
            counterField(
              orgId,
              `2026-05-${String(1 + (b % 3)).padStart(2, '0')}`,
              projectId,
              null,
              'apiCalls',
            )
          ] = String(b + 1);
          expected += b + 1;
        }
      }
      await redis.hset(keys.batch(`c${b}`), fields);
      await redis.sadd(keys.batches, `c${b}`);
    }
    const results = await Promise.all([rollup(), rollup(), rollup()]);
    // Whatever a lock timeout left behind, the next run applies.
    await rollup();
    const applied = results.reduce((n, r) => n + r.batches, 0);
    expect(applied).toBeLessThanOrEqual(12);
    const sum = (await totalsOf(orgIds[0]!)).apiCalls + (await totalsOf(orgIds[1]!)).apiCalls;
    expect(sum).toBe(expected);
    expect(await redis.scard(keys.batches)).toBe(0);
  });

  it('forgets applied batch ids after 35 days', async () => {
    await freshPrefix();
    const e = em();
    const old = new Date(at.getTime() - 36 * 24 * 3600 * 1000);
    await e.execute('insert into usage_batches (id, applied_at) values (?, ?)', [
      'old-batch',
      dateParam(e, old),
    ]);
    await e.execute('insert into usage_batches (id, applied_at) values (?, ?)', [
      'recent-batch',
      dateParam(e, at),
    ]);
    await rollup();
    const left = await em().find(UsageBatch, { id: { $in: ['old-batch', 'recent-batch'] } });
    expect(left.map((b) => b.id)).toEqual(['recent-batch']);
  });

  it('rolls activity into activity_daily with the same batch, exactly once through a replay', async () => {
    const keys = await freshPrefix();
    const meter = new UsageMeter(redis, prefix);
    const orgId = await newOrg();
    const [projectId, userId, apiKeyId] = [randomUUID(), randomUUID(), randomUUID()];
    const upload = { userId, uploads: 1, downloads: 0, bytesUploaded: 300, bytesDownloaded: 0 };
    for (let i = 0; i < 3; i++)
      await meter.record({
        orgId,
        projectId,
        apiKeyId: null,
        apiCalls: 0,
        bytesIn: 300,
        bytesOut: 0,
        at,
        activity: upload,
      });
    const download = { userId: null, uploads: 0, downloads: 1, bytesUploaded: 0, bytesDownloaded: 50 };
    await meter.record({
      orgId,
      projectId,
      apiKeyId,
      apiCalls: 1,
      bytesIn: 0,
      bytesOut: 50,
      at,
      activity: download,
    });
    // No project: no activity (the statistics are per project).
    await meter.record({
      orgId,
      projectId: null,
      apiKeyId: null,
      apiCalls: 0,
      bytesIn: 0,
      bytesOut: 9,
      at,
      activity: download,
    });
    // A worker closed this batch and committed it, then died before its DEL.
    await redis.rename(keys.pending, keys.batch('crashed'));
    await redis.sadd(keys.batches, 'crashed');
    const parsed = parseBatch(await redis.hgetall(keys.batch('crashed')));
    expect(await applyBatch(em(), 'crashed', parsed.rows, at, parsed.activity)).toBe('applied');
    const enqueued: unknown[] = [];
    const jobs = { enqueue: async (...args: unknown[]) => void enqueued.push(args) };
    expect((await rollupUsage({ em: em(), redis, prefix, now: at, jobs })).batches).toBe(0);
    // Counted again later: added once more, still exactly once per hit.
    await meter.record({
      orgId,
      projectId,
      apiKeyId: null,
      apiCalls: 0,
      bytesIn: 300,
      bytesOut: 0,
      at,
      activity: upload,
    });
    expect((await rollupUsage({ em: em(), redis, prefix, now: at, jobs })).batches).toBe(1);
    const rows = await em().execute<Record<string, unknown>[]>(
      `select cast(user_id as text) as user_id, cast(project_id as text) as project_id, day, uploads, downloads,
              bytes_uploaded, bytes_downloaded from activity_daily where organization_id = ? order by uploads`,
      [orgId],
    );
    expect(
      rows.map((r) => [
        r.user_id,
        r.project_id,
        r.day,
        ...[r.uploads, r.downloads, r.bytes_uploaded, r.bytes_downloaded].map(Number),
      ]),
    ).toEqual([
      [noId, projectId, '2026-05-10', 0, 1, 0, 50],
      [userId, projectId, '2026-05-10', 4, 0, 1200, 0],
    ]);
    expect(await totalsOf(orgId)).toEqual({ apiCalls: 1, bandwidthIn: 1200, bandwidthOut: 59 });
    // Both runs asked for the organization's statistics recompute (the first for the replayed batch).
    expect(enqueued.map((args) => (args as [string, { orgId: string }])[0])).toEqual([
      'stats.recompute',
      'stats.recompute',
    ]);
    expect(enqueued.every((args) => (args as [string, { orgId: string }])[1].orgId === orgId)).toBe(true);
  });
});
