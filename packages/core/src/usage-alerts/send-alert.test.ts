import { Membership, Organization, Plugin, UsageAlert } from '@roster/db';
import { seedOrganization } from '@roster/testing/factories';
import { describe, expect, it } from 'vitest';
import type { JobQueue } from '../jobs/queue.js';
import { loadOrganization } from '../organizations/operator.js';
import { owedEmailKinds } from '../subscribers/owed-emails.js';
import { checkUsageAlerts } from './check.js';
import { usageAlertEmailData } from './email-data.js';
import { enqueueUsageAlertChecks } from './enqueue.js';
import { usageAlertEmailKey, usageAlertOfKey } from './keys.js';
import { sendUsageAlert } from './send-alert.js';
import { alertEvents, ctx, em, may, orm, orgWithAlert, setLimit, traffic } from './check-fixtures.js';

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
    const without = await seedOrganization(orm());
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
