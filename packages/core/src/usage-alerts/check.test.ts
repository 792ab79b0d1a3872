import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EmailDelivery,
  Event,
  Membership,
  Notification,
  Organization,
  Plugin,
  UsageAlert,
  User,
  forkEm,
  type EntityManager,
} from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind, testRedisUrl } from '@roster/testing/env';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../jobs/queue.js';
import { loadOrganization, setOrganizationLimit } from '../organizations/operator.js';
import { systemScope } from '../subscribers/create-scope.js';
import { owedEmailKinds } from '../subscribers/owed-emails.js';
import { applyBatch } from '../usage/apply.js';
import { parseBatch } from '../usage/batch.js';
import { counterField } from '../usage/keys.js';
import { UsageMeter } from '../usage/meter.js';
import type { LimitName } from '../vocabulary/limits.js';
import type { UsageAlertMetric } from '../vocabulary/plugins.js';
import { checkUsageAlerts } from './check.js';
import { usageAlertEmailData } from './email-data.js';
import { enqueueUsageAlertChecks } from './enqueue.js';
import { usageAlertEmailKey, usageAlertOfKey } from './keys.js';
import { monthUsage } from './month-usage.js';
import { sendUsageAlert } from './send-alert.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let dir: string;
const prefix = `roster-test-usage-alerts-${randomBytes(4).toString('hex')}`;
const em = (): EntityManager => forkEm(db.orm);
const ctx = () => ({ em: em(), jobs, redis, prefix });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'roster-usage-alerts-'));
  // A file, not memory: two checks at once need two connections.
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dir, 'roster.db') } : {});
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
});
afterAll(async () => {
  await jobs?.close();
  const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const may = new Date('2026-05-20T12:00:00.000Z');
const june = new Date('2026-06-02T08:00:00.000Z');

/** An organization with an owner, an admin and a member, and one usage alert. */
async function orgWithAlert(
  config: { percent: number; metrics: UsageAlertMetric[] },
  plan: 'free' | 'team' | 'enterprise' = 'free',
): Promise<{ org: SeededOrganization; pluginId: string }> {
  const org = await seedOrganization(db.orm, { plan, members: ['admin', 'member'] });
  const e = em();
  const plugin = e.create(Plugin, {
    organization: e.getReference(Organization, org.id),
    kind: 'usage_alert',
    name: 'Usage alert',
    config,
    installedBy: e.getReference(User, org.owner.id),
  });
  await e.flush();
  return { org, pluginId: plugin.id };
}

/** As the operator's `set-limit` does. */
async function setLimit(orgId: string, limit: LimitName, value: number | null) {
  const e = em();
  await setOrganizationLimit(
    systemScope({ em: e, jobs, org: await loadOrganization(e, orgId) }, 'operator'),
    {
      limit,
      value,
    },
  );
}

/** API calls (and bytes out) as the API counts them: Redis only, until a rollup. */
async function traffic(orgId: string, at: Date, apiCalls: number, bytesOut = 0) {
  const meter = new UsageMeter(redis, prefix);
  for (let i = 0; i < apiCalls; i++) {
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 1, bytesIn: 0, bytesOut: 0, at });
  }
  if (bytesOut > 0) {
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 0, bytesIn: 0, bytesOut, at });
  }
}

const alertEvents = (orgId: string) =>
  em().find(Event, { organizationId: orgId, name: 'usage.alert_sent' }, { orderBy: { createdAt: 'asc' } });
const bells = (userId: string) => em().find(Notification, { user: userId, type: 'usage_alert' });
const deliveries = (orgId: string) =>
  em().find(EmailDelivery, { organization: orgId, template: 'usage-alert' });
const sortByUser = <T extends { userId: string }>(list: T[]) =>
  [...list].sort((a, b) => a.userId.localeCompare(b.userId));

describe('checkUsageAlerts', () => {
  it('alerts each owner and admin once when a chosen metric reaches the percentage, again next month', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 80, metrics: ['apiCalls', 'bandwidthOut'] });
    const [admin, member] = org.members;
    await setLimit(org.id, 'apiCallsPerMonth', 10);

    await traffic(org.id, may, 7);
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([]);

    await traffic(org.id, may, 1);
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([
      { pluginId, metric: 'apiCalls', month: '2026-05', percent: 80 },
    ]);
    const [event, ...moreEvents] = await alertEvents(org.id);
    expect(moreEvents).toHaveLength(0);
    expect(event).toMatchObject({ actorType: 'system', actorId: 'worker' });
    const { recipients, ...payload } = event!.payload as { recipients: { userId: string }[] };
    expect(sortByUser(recipients)).toEqual(
      sortByUser([
        { userId: org.owner.id, email: org.owner.email },
        { userId: admin!.id, email: admin!.email },
      ]),
    );
    expect(payload).toEqual({
      pluginId,
      metric: 'apiCalls',
      month: '2026-05',
      percent: 80,
      threshold: 80,
      used: 8,
      limit: 10,
    });
    expect(await em().find(UsageAlert, { pluginId })).toMatchObject([
      { metric: 'apiCalls', month: '2026-05', percent: 80 },
    ]);
    // The bell of the owner and the admin, in the alert's transaction; nothing for the member.
    for (const user of [org.owner, admin!]) {
      const [bell, ...more] = await bells(user.id);
      expect(more).toHaveLength(0);
      expect(bell!.data).toEqual({ orgId: org.id, orgName: org.name, metric: 'apiCalls', percent: 80 });
    }
    expect(await bells(member!.id)).toHaveLength(0);
    // One owed email each, in the same transaction; the worker sends them.
    const owed = await deliveries(org.id);
    expect(owed.map((d) => [d.key, d.recipient, d.status]).sort()).toEqual(
      [org.owner, admin!].map((u) => [usageAlertEmailKey(event!.id, u.id), u.email, 'queued']).sort(),
    );

    // More traffic, checked again: no second alert this month.
    await traffic(org.id, may, 5);
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([]);
    expect(await alertEvents(org.id)).toHaveLength(1);
    expect(await deliveries(org.id)).toHaveLength(2);

    // A new month starts from zero, and alerts again once it is there.
    expect(await checkUsageAlerts(ctx(), org.id, june)).toEqual([]);
    await traffic(org.id, june, 9);
    expect(await checkUsageAlerts(ctx(), org.id, june)).toEqual([
      { pluginId, metric: 'apiCalls', month: '2026-06', percent: 90 },
    ]);
    expect(await alertEvents(org.id)).toHaveLength(2);
    expect(await deliveries(org.id)).toHaveLength(4);
    expect(await bells(org.owner.id)).toHaveLength(2);
  });

  it('never alerts on a metric the alert does not watch', async () => {
    const { org } = await orgWithAlert({ percent: 50, metrics: ['storage'] });
    await setLimit(org.id, 'apiCallsPerMonth', 4);
    await traffic(org.id, may, 6, 20 * 1024 ** 3);
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([]);
    expect(await alertEvents(org.id)).toHaveLength(0);
  });

  it('never alerts on an unlimited metric', async () => {
    const { org } = await orgWithAlert(
      { percent: 1, metrics: ['apiCalls', 'bandwidthOut', 'storage'] },
      'enterprise',
    );
    await traffic(org.id, may, 50, 5 * 1024 ** 4);
    await em().nativeUpdate(Organization, { id: org.id }, { storageBytes: 2 * 1024 ** 4 });
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([]);
    // An override to unlimited on another plan, too.
    const other = await orgWithAlert({ percent: 1, metrics: ['apiCalls'] });
    await setLimit(other.org.id, 'apiCallsPerMonth', null);
    await traffic(other.org.id, may, 50);
    expect(await checkUsageAlerts(ctx(), other.org.id, may)).toEqual([]);
  });

  it('watches the bytes stored now, against the storage limit', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 90, metrics: ['storage'] });
    await em().nativeUpdate(Organization, { id: org.id }, { storageBytes: Math.floor(0.9 * 1024 ** 3) - 1 });
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([]);
    await em().nativeUpdate(Organization, { id: org.id }, { storageBytes: Math.ceil(0.95 * 1024 ** 3) });
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([
      { pluginId, metric: 'storage', month: '2026-05', percent: 95 },
    ]);
  });

  it('counts the rolled-up month too, when Redis lost its month totals', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 75, metrics: ['bandwidthOut'] });
    await setLimit(org.id, 'bandwidthOutPerMonth', 1000);
    const rows = parseBatch({ [counterField(org.id, '2026-05-03', null, null, 'bandwidthOut')]: '800' }).rows;
    expect(await applyBatch(em(), randomUUID(), rows, may)).toBe('applied');
    // The previous month's bytes are not this month's.
    const april = parseBatch({
      [counterField(org.id, '2026-04-30', null, null, 'bandwidthOut')]: '900',
    }).rows;
    expect(await applyBatch(em(), randomUUID(), april, may)).toBe('applied');
    expect(await monthUsage(ctx(), org.id, may)).toEqual({ apiCalls: 0, bandwidthOut: 800, storage: 0 });
    await traffic(org.id, may, 0, 50); // Redis: 50, behind the database (as after a flush)
    expect(await monthUsage(ctx(), org.id, may)).toEqual({ apiCalls: 0, bandwidthOut: 800, storage: 0 });
    expect(await checkUsageAlerts(ctx(), org.id, may)).toEqual([
      { pluginId, metric: 'bandwidthOut', month: '2026-05', percent: 80 },
    ]);
  });

  it('alerts once when two checks run at once', async () => {
    const { org } = await orgWithAlert({ percent: 80, metrics: ['apiCalls'] });
    await setLimit(org.id, 'apiCallsPerMonth', 5);
    await traffic(org.id, may, 5);
    const runs = await Promise.all([1, 2, 3].map(() => checkUsageAlerts(ctx(), org.id, may)));
    expect(runs.flat()).toHaveLength(1);
    expect(await alertEvents(org.id)).toHaveLength(1);
    expect(await deliveries(org.id)).toHaveLength(2);
    expect(await bells(org.owner.id)).toHaveLength(1);
  });

  it('alerts for each usage-alert plugin, never for a plugin of another kind', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 50, metrics: ['apiCalls'] });
    const e = em();
    const second = e.create(Plugin, {
      organization: e.getReference(Organization, org.id),
      kind: 'usage_alert',
      name: 'Half-way alert',
      config: { percent: 60, metrics: ['apiCalls'] },
    });
    const webhook = e.create(Plugin, {
      organization: e.getReference(Organization, org.id),
      kind: 'webhook',
      name: 'Webhook',
      config: { percent: 1, metrics: ['apiCalls'] },
    });
    await e.flush();
    await setLimit(org.id, 'apiCallsPerMonth', 10);
    await traffic(org.id, may, 6);
    const sent = await checkUsageAlerts(ctx(), org.id, may);
    expect(sent.map((a) => a.pluginId).sort()).toEqual([pluginId, second.id].sort());
    expect(sent.some((a) => a.pluginId === webhook.id)).toBe(false);
  });
});

describe('sendUsageAlert', () => {
  const crossing = { metric: 'apiCalls' as const, used: 9, limit: 10, percent: 90 };

  it('sends one alert of two sent at once for the same plugin, metric and month', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 80, metrics: ['apiCalls'] });
    const scopeOrg = await loadOrganization(em(), org.id);
    const alert = { pluginId, threshold: 80, month: '2026-05', crossing };
    const sent = await Promise.all([1, 2].map(() => sendUsageAlert(ctx(), scopeOrg, alert, may)));
    expect(sent.sort()).toEqual([false, true]);
    expect(await alertEvents(org.id)).toHaveLength(1);
  });

  it('sends nothing for a plugin uninstalled meanwhile', async () => {
    const { org, pluginId } = await orgWithAlert({ percent: 80, metrics: ['apiCalls'] });
    await em().nativeDelete(Plugin, { id: pluginId });
    const scopeOrg = await loadOrganization(em(), org.id);
    expect(
      await sendUsageAlert(ctx(), scopeOrg, { pluginId, threshold: 80, month: '2026-05', crossing }, may),
    ).toBe(false);
    expect(await em().count(UsageAlert, { pluginId })).toBe(0);
    expect(await alertEvents(org.id)).toHaveLength(0);
  });
});

describe('the usage alert email', () => {
  it('is owed to an owner or admin as a job naming the event, and no longer once they are a member', async () => {
    const { org } = await orgWithAlert({ percent: 10, metrics: ['apiCalls'] });
    const [admin] = org.members;
    await setLimit(org.id, 'apiCallsPerMonth', 10);
    await traffic(org.id, may, 3);
    await checkUsageAlerts(ctx(), org.id, may);
    const [event] = await alertEvents(org.id);
    const key = usageAlertEmailKey(event!.id, admin!.id);
    expect(usageAlertOfKey(key)).toEqual({ eventId: event!.id, userId: admin!.id });
    expect(usageAlertOfKey('welcome:x')).toBeNull();
    expect(owedEmailKinds['usage-alert']!.job(key)).toEqual({
      name: 'email.usage-alert',
      idParts: { eventId: event!.id, userId: admin!.id },
    });
    expect(await owedEmailKinds['usage-alert']!.prepare(em(), key)).toEqual({
      name: 'email.usage-alert',
      payload: { eventId: event!.id, userId: admin!.id },
    });
    expect(await usageAlertEmailData(em(), event!.id, admin!.id)).toEqual({
      name: admin!.name,
      orgId: org.id,
      orgName: org.name,
      metric: 'apiCalls',
      used: 3,
      limit: 10,
      percent: 30,
      threshold: 10,
    });
    await em().nativeUpdate(Membership, { organization: org.id, user: admin!.id }, { role: 'member' });
    expect(await usageAlertEmailData(em(), event!.id, admin!.id)).toBeNull();
  });
});

describe('enqueueUsageAlertChecks', () => {
  it('asks for a check of the organizations that have a usage alert, and only those', async () => {
    const withAlert = await orgWithAlert({ percent: 80, metrics: ['apiCalls'] });
    const without = await seedOrganization(db.orm);
    const e = em();
    e.create(Plugin, {
      organization: e.getReference(Organization, without.id),
      kind: 'webhook',
      name: 'Webhook',
      config: { url: 'https://example.com/hook', events: [] },
    });
    await e.flush();
    const enqueued: unknown[] = [];
    const counting = {
      enqueue: async (name: string, payload: unknown) => void enqueued.push([name, payload]),
    };
    const asked = await enqueueUsageAlertChecks(em(), counting as unknown as JobQueue, [
      without.id,
      withAlert.org.id,
    ]);
    expect(asked).toEqual([withAlert.org.id]);
    expect(enqueued).toEqual([['usage.alerts', { orgId: withAlert.org.id }]]);
    expect(await enqueueUsageAlertChecks(em(), counting as unknown as JobQueue, [])).toEqual([]);
  });
});
