import { UsageMeter, recordStorage, rollupUsage, type UsageHit } from '@roster/core';
import { Organization, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Harness } from './harness.js';
import { orgOfThree } from './project-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const dayMs = 24 * 3600 * 1000;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * dayMs);

/** An organization (owner, admin, member) with a project and an API key, and usage counted and rolled up. */
async function orgWithUsage() {
  const org = await orgOfThree(h, 'Usage Inc');
  const { orgId } = org;
  const project = await org.owner.caller.project.create({ orgId, name: 'Site', visibility: 'organization' });
  const key = await org.owner.caller.apiKey.create({ orgId, name: 'Deploy bot', scopes: ['content:read'] });
  const meter = new UsageMeter(h.deps.redis, h.prefix);
  const hit = (at: Date, extra: Partial<UsageHit>) =>
    meter.record({
      orgId,
      projectId: null,
      apiKeyId: null,
      apiCalls: 0,
      bytesIn: 0,
      bytesOut: 0,
      at,
      ...extra,
    });
  const now = new Date();
  for (let i = 0; i < 3; i++)
    await hit(now, { projectId: project.id, apiKeyId: key.apiKey.id, apiCalls: 1, bytesOut: 100 });
  await hit(daysAgo(2), { projectId: project.id, apiKeyId: key.apiKey.id, apiCalls: 2, bytesIn: 50 });
  await hit(now, { projectId: project.id, bytesOut: 1000 }); // a signed-in download
  await hit(now, { apiKeyId: key.apiKey.id, apiCalls: 1 }); // listing projects with the key
  await rollupUsage({ em: forkEm(h.db.orm), redis: h.deps.redis, prefix: h.prefix, now });
  return { ...org, project, key: key.apiKey };
}

/** Sets the organization's stored bytes and records them for the day of `at`, as an upload would. */
async function store(orgId: string, bytes: number, at: Date) {
  const em = forkEm(h.db.orm);
  await em.nativeUpdate(Organization, { id: orgId }, { storageBytes: bytes });
  await recordStorage(em, orgId, at);
}

describe('usage.summary', () => {
  it("shows this month's usage against the plan's limits to owners and admins", async () => {
    const org = await orgWithUsage();
    await store(org.orgId, 700, new Date());
    const summary = await org.owner.caller.usage.summary({ orgId: org.orgId });
    const month = dayOf(new Date()).slice(0, 7);
    expect(summary.from).toBe(`${month}-01`);
    expect(summary.to.slice(0, 7)).toBe(month);
    const twoDaysAgoThisMonth = dayOf(daysAgo(2)).startsWith(month) ? 2 : 0;
    expect(summary).toMatchObject({
      apiCalls: { used: 4 + twoDaysAgoThisMonth, limit: 10_000 },
      bandwidthIn: { used: twoDaysAgoThisMonth ? 50 : 0 },
      bandwidthOut: { used: 1300, limit: 10 * 1024 ** 3 },
      storage: { used: 700, peak: 700, limit: 1024 ** 3 },
    });
    expect(Date.parse(summary.updatedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await org.admin.caller.usage.summary({ orgId: org.orgId })).toEqual(summary);
  });

  it('counts a period given, and refuses one that ends before it starts', async () => {
    const org = await orgWithUsage();
    const summary = await org.owner.caller.usage.summary({
      orgId: org.orgId,
      from: dayOf(daysAgo(2)),
      to: dayOf(daysAgo(2)),
    });
    expect(summary).toMatchObject({
      apiCalls: { used: 2 },
      bandwidthIn: { used: 50 },
      bandwidthOut: { used: 0 },
    });
    const error = await errorOf(
      org.owner.caller.usage.summary({ orgId: org.orgId, from: '2026-03-02', to: '2026-03-01' }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT' });
  });

  it('is refused to members (FORBIDDEN) and to people of another organization (NOT_FOUND)', async () => {
    const org = await orgWithUsage();
    const other = await orgOfThree(h, 'Elsewhere');
    expect(await errorOf(org.member.caller.usage.summary({ orgId: org.orgId }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(other.owner.caller.usage.summary({ orgId: org.orgId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const series = {
      orgId: org.orgId,
      from: dayOf(daysAgo(3)),
      to: dayOf(new Date()),
      groupBy: 'day' as const,
    };
    expect(await errorOf(org.member.caller.usage.series(series))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(other.admin.caller.usage.series(series))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('usage.series', () => {
  it('by day: one row per day, zeros filled, storage carried over quiet days', async () => {
    const org = await orgWithUsage();
    await store(org.orgId, 900, daysAgo(3));
    await store(org.orgId, 400, daysAgo(3));
    const from = dayOf(daysAgo(4));
    const to = dayOf(new Date());
    const series = await org.admin.caller.usage.series({ orgId: org.orgId, from, to, groupBy: 'day' });
    expect(series).toMatchObject({ from, to, groupBy: 'day' });
    expect(series.rows.map((r) => [r.day, r.apiCalls, r.bandwidthIn, r.bandwidthOut, r.storagePeak])).toEqual(
      [
        [from, 0, 0, 0, null],
        [dayOf(daysAgo(3)), 0, 0, 0, 900],
        [dayOf(daysAgo(2)), 2, 50, 0, 400],
        [dayOf(daysAgo(1)), 0, 0, 0, 400],
        [to, 4, 0, 1300, 400],
      ],
    );
    expect(series.rows.every((r) => r.projectId === null && r.apiKeyId === null)).toBe(true);
  });

  it('by project and by API key: one row each, named, most used first; none → null', async () => {
    const org = await orgWithUsage();
    const input = { orgId: org.orgId, from: dayOf(daysAgo(7)), to: dayOf(new Date()) };
    const byProject = await org.owner.caller.usage.series({ ...input, groupBy: 'project' });
    expect(byProject.rows).toEqual([
      {
        ...none,
        projectId: org.project.id,
        projectName: 'Site',
        apiCalls: 5,
        bandwidthIn: 50,
        bandwidthOut: 1300,
      },
      { ...none, apiCalls: 1 },
    ]);
    const byKey = await org.owner.caller.usage.series({ ...input, groupBy: 'apiKey' });
    // The signed-in download (1000 bytes out) outweighs the key's 6 calls and 300 bytes.
    expect(byKey.rows).toEqual([
      { ...none, bandwidthOut: 1000 },
      {
        ...none,
        apiKeyId: org.key.id,
        apiKeyName: 'Deploy bot',
        apiKeyPrefix: org.key.prefix,
        apiCalls: 6,
        bandwidthIn: 50,
        bandwidthOut: 300,
      },
    ]);
  });

  it('refuses a period over 366 days and days that do not exist', async () => {
    const org = await orgWithUsage();
    const series = (from: string, to: string) =>
      errorOf(org.owner.caller.usage.series({ orgId: org.orgId, from, to, groupBy: 'day' }));
    expect(await series('2025-01-01', '2026-01-02')).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'INVALID_INPUT',
    });
    expect(await series('2026-02-30', '2026-03-01')).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await series('2026-03-01', 'tomorrow')).toMatchObject({ code: 'BAD_REQUEST' });
    const leap = await org.owner.caller.usage.series({
      orgId: org.orgId,
      from: '2024-01-01',
      to: '2024-12-31',
      groupBy: 'day',
    });
    expect(leap.rows).toHaveLength(366);
  });
});

const none = {
  day: null,
  projectId: null,
  projectName: null,
  apiKeyId: null,
  apiKeyName: null,
  apiKeyPrefix: null,
  apiCalls: 0,
  bandwidthIn: 0,
  bandwidthOut: 0,
  storagePeak: null,
};
