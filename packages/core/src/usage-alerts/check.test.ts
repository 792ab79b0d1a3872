import { randomUUID } from 'node:crypto';
import { Organization, Plugin, UsageAlert } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { applyBatch } from '../usage/apply.js';
import { parseBatch } from '../usage/batch.js';
import { counterField } from '../usage/keys.js';
import { checkUsageAlerts } from './check.js';
import { usageAlertEmailKey } from './keys.js';
import { monthUsage } from './month-usage.js';
import {
  alertEvents,
  bells,
  ctx,
  deliveries,
  em,
  june,
  may,
  orgWithAlert,
  setLimit,
  sortByUser,
  traffic,
} from './check-fixtures.js';

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
