import {
  checkUsageAlerts,
  installPlugin,
  loadMembership,
  loadOrganization,
  memberScope,
  setOrganizationLimit,
  systemScope,
  UsageMeter,
  type LimitName,
  type UsageAlertMetric,
} from '@roster/core';
import { EmailDelivery, Event, Membership, Notification, forkEm } from '@roster/db';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { lostJobs, memberWorld } from './support/content.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
let usageQueue: Queue;
let eventsQueue: Queue;
beforeAll(async () => {
  h = await createWorkerHarness();
  usageQueue = new Queue('usage', { connection: h.redis, prefix: h.prefix });
  eventsQueue = new Queue('events', { connection: h.redis, prefix: h.prefix });
  await h.start();
});
afterAll(async () => {
  await Promise.all([usageQueue?.close(), eventsQueue?.close()]);
  await h?.close();
});

const em = () => forkEm(h.db.orm);
const sentTo = (email: string) =>
  h.inbox.messages.filter(
    (m) => m.envelopeTo.includes(email.toLowerCase()) && /^Usage alert/.test(m.subject ?? ''),
  );

/** An organization with an owner, an admin and a member; the owner installs a usage alert. */
async function orgWithAlert(
  config: { percent: number; metrics: UsageAlertMetric[] },
  plan: 'free' | 'enterprise' = 'free',
): Promise<SeededOrganization> {
  const org = await seedOrganization(h.db.orm, { plan, members: ['admin', 'member'] });
  const e = em();
  const owner = { ...org.owner, emailVerified: true };
  const scope = memberScope({ em: e, jobs: h.jobs }, owner, await loadMembership(e, owner.id, org.id));
  await installPlugin(scope, { kind: 'usage_alert', config }, { allowPrivateWebhooks: false });
  return org;
}

/** The operator's `set-limit`. */
async function setLimit(orgId: string, limit: LimitName, value: number | null) {
  const e = em();
  const scope = systemScope({ em: e, jobs: h.jobs, org: await loadOrganization(e, orgId) }, 'operator');
  await setOrganizationLimit(scope, { limit, value });
}

/** API calls as the API counts them (Redis), at `at`. */
async function apiCalls(orgId: string, count: number, at = new Date()) {
  const meter = new UsageMeter(h.redis, h.prefix);
  for (let i = 0; i < count; i++) {
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 1, bytesIn: 0, bytesOut: 0, at });
  }
}

/** Nothing left to do: no usage, events or email job waiting or running, every event dispatched. */
async function settled(): Promise<void> {
  await waitFor('the worker to be idle', async () => {
    for (const queue of [usageQueue, eventsQueue, h.emailQueue]) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).some((n) => n > 0)) return false;
    }
    return (await em().count(Event, { dispatchedAt: null })) === 0;
  });
}

/** The rollup as the worker runs it: counts into the database, then a check per organization with alerts. */
const rollup = () => handlers['usage.rollup']({}, h.context());
const bells = (userId: string) => em().find(Notification, { user: userId, type: 'usage_alert' });
const alertEmails = (orgId: string) =>
  em().find(EmailDelivery, { organization: orgId, template: 'usage-alert' });

describe('usage alerts, through the worker', () => {
  it('emails each owner and admin once a month when API calls reach the percentage, never a member', async () => {
    const org = await orgWithAlert({ percent: 80, metrics: ['apiCalls'] });
    const [admin, member] = org.members;
    await setLimit(org.id, 'apiCallsPerMonth', 10);

    await apiCalls(org.id, 7);
    await rollup();
    await settled();
    expect(sentTo(org.owner.email)).toHaveLength(0);

    await apiCalls(org.id, 1);
    await rollup();
    for (const user of [org.owner, admin!]) {
      await waitFor(`the alert email to ${user.name}`, () => sentTo(user.email).length > 0);
    }
    await settled();
    for (const user of [org.owner, admin!]) {
      const [message, ...more] = sentTo(user.email);
      expect(more).toHaveLength(0);
      expect(message!.subject).toBe(`Usage alert: ${org.name} has used 80% of its API calls limit`);
      expect(message!.text).toContain(`Hi ${user.name}, ${org.name} has used 8 of 10 API calls this month`);
      expect(message!.text).toContain(`${appUrl}/orgs/${org.id}/usage`);
      expect(message!.html).toContain(`href="${appUrl}/orgs/${org.id}/usage"`);
      const [bell, ...moreBells] = await bells(user.id);
      expect(moreBells).toHaveLength(0);
      expect(bell!.data).toEqual({ orgId: org.id, orgName: org.name, metric: 'apiCalls', percent: 80 });
    }
    expect(sentTo(member!.email)).toHaveLength(0);
    expect(await bells(member!.id)).toHaveLength(0);
    expect((await alertEmails(org.id)).map((d) => d.status)).toEqual(['sent', 'sent']);

    // More traffic and another check this month: nothing more.
    await apiCalls(org.id, 5);
    await rollup();
    expect(await handlers['usage.alerts']({ orgId: org.id }, h.context())).toBe('no new alert');
    await settled();
    expect(sentTo(org.owner.email)).toHaveLength(1);
    expect(sentTo(admin!.email)).toHaveLength(1);
    expect(await bells(org.owner.id)).toHaveLength(1);

    // The next month (its first calls counted as the API would then): sent again.
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 0, 5));
    await apiCalls(org.id, 9, nextMonth);
    const sent = await checkUsageAlerts(
      { em: em(), jobs: h.jobs, redis: h.redis, prefix: h.prefix },
      org.id,
      nextMonth,
    );
    expect(sent).toMatchObject([{ metric: 'apiCalls', percent: 90 }]);
    for (const user of [org.owner, admin!]) {
      await waitFor(`next month's email to ${user.name}`, () => sentTo(user.email).length === 2);
    }
    await settled();
    expect(sentTo(org.owner.email)[1]!.subject).toBe(
      `Usage alert: ${org.name} has used 90% of its API calls limit`,
    );
    expect(sentTo(member!.email)).toHaveLength(0);
    expect(await bells(admin!.id)).toHaveLength(2);
  });

  it('never alerts on a metric not chosen, nor on an unlimited one', async () => {
    const notChosen = await orgWithAlert({ percent: 10, metrics: ['bandwidthOut', 'storage'] });
    await setLimit(notChosen.id, 'apiCallsPerMonth', 2);
    const unlimited = await orgWithAlert(
      { percent: 1, metrics: ['apiCalls', 'bandwidthOut', 'storage'] },
      'enterprise',
    );
    await apiCalls(notChosen.id, 5);
    await apiCalls(unlimited.id, 50);
    await rollup();
    await settled();
    for (const org of [notChosen, unlimited]) {
      expect(await handlers['usage.alerts']({ orgId: org.id }, h.context())).toBe('no new alert');
      expect(sentTo(org.owner.email)).toHaveLength(0);
      expect(await alertEmails(org.id)).toHaveLength(0);
      expect(await bells(org.owner.id)).toHaveLength(0);
    }
  });

  it('sends one alert when two workers check at once', async () => {
    const org = await orgWithAlert({ percent: 50, metrics: ['apiCalls'] });
    await setLimit(org.id, 'apiCallsPerMonth', 4);
    await settled(); // the checks after installing and after the limit changed: nothing to send yet
    await apiCalls(org.id, 3); // counted in Redis, not rolled up: no check of its own
    const second = await h.start();
    try {
      await Promise.all(Array.from({ length: 6 }, () => h.jobs.enqueue('usage.alerts', { orgId: org.id })));
      await waitFor('the alert email', () => sentTo(org.owner.email).length > 0);
      await settled();
    } finally {
      await second.close();
    }
    expect(sentTo(org.owner.email)).toHaveLength(1);
    expect(sentTo(org.members[0]!.email)).toHaveLength(1);
    expect(await em().count(Event, { organizationId: org.id, name: 'usage.alert_sent' })).toBe(1);
    expect(await bells(org.owner.id)).toHaveLength(1);
  });

  it('skips the email of an alert whose event is gone, or to someone no longer an owner or admin', async () => {
    const org = await orgWithAlert({ percent: 10, metrics: ['apiCalls'] });
    const [admin] = org.members;
    await setLimit(org.id, 'apiCallsPerMonth', 10);
    await settled();
    const gone = '00000000-0000-4000-8000-000000000001';
    const outcome = await handlers['email.usage-alert']({ eventId: gone, userId: admin!.id }, h.context());
    expect(outcome).toBe('skipped: no longer owed');
    // Demoted between the alert and its email: the email is skipped, the owner's still goes out.
    await apiCalls(org.id, 2);
    const ctx = { em: em(), jobs: lostJobs, redis: h.redis, prefix: h.prefix };
    expect(await checkUsageAlerts(ctx, org.id, new Date())).toHaveLength(1);
    await em().nativeUpdate(Membership, { organization: org.id, user: admin!.id }, { role: 'member' });
    await h.jobs.enqueue('events.dispatch', {
      eventIds: [(await em().findOneOrFail(Event, { organizationId: org.id, name: 'usage.alert_sent' })).id],
    });
    await waitFor("the owner's email", () => sentTo(org.owner.email).length > 0);
    await settled();
    expect(sentTo(admin!.email)).toHaveLength(0);
    expect((await alertEmails(org.id)).map((d) => [d.recipient, d.status]).sort()).toEqual(
      [
        [admin!.email, 'skipped'],
        [org.owner.email, 'sent'],
      ].sort(),
    );
  });

  it('checks storage after an upload: an alert on it goes out once the upload commits', async () => {
    const org = await orgWithAlert({ percent: 80, metrics: ['storage'] });
    await setLimit(org.id, 'storageBytes', 100);
    const world = await memberWorld(h.db.orm, h.storage, h.jobs, { userId: org.owner.id, orgId: org.id });
    await world.upload('small.txt', { bytes: 'x'.repeat(40) });
    await settled();
    expect(sentTo(org.owner.email)).toHaveLength(0);
    await world.upload('larger.txt', { bytes: 'y'.repeat(45) });
    await waitFor('the storage alert email', () => sentTo(org.owner.email).length > 0);
    await settled();
    const [message, ...more] = sentTo(org.owner.email);
    expect(more).toHaveLength(0);
    expect(message!.subject).toBe(`Usage alert: ${org.name} has used 85% of its storage limit`);
    expect(message!.text).toContain('has used 85 bytes of 100 bytes of storage: 85% of its limit.');
  });
});
