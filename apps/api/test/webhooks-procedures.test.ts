// plugin.deliveries and plugin.redeliver: owners and admins only (members FORBIDDEN), another
// organization's plugin or delivery NOT_FOUND, bad input BAD_REQUEST with its field; the log is
// newest first with a keyset cursor and each delivery's last 20 attempts; redeliver puts the
// delivery back to pending and enqueues a new webhook.deliver job. No worker runs here: the events
// are dispatched in the test (core's dispatchEvents), the deliveries' jobs wait in Redis.
import { randomUUID } from 'node:crypto';
import { dispatchEvents } from '@roster/core';
import { Event, WebhookAttempt, WebhookDelivery, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, type Caller, type Harness } from './harness.js';
import { orgOfThree, owner } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;
let foreign: Awaited<ReturnType<typeof owner>>;
let foreignPluginId: string;
let pluginId: string;

/** Creates a project (an event the webhook wants) and runs its after-commit subscribers. */
async function projectEvent(caller: Caller, orgId: string, name: string): Promise<void> {
  await caller.project.create({ orgId, name, visibility: 'members' });
  const pending = await forkEm(h.db.orm).find(Event, { organizationId: orgId, dispatchedAt: null });
  await dispatchEvents(
    { em: forkEm(h.db.orm), jobs: h.deps.jobs },
    pending.map((e) => e.id),
  );
}

/** The ids of the redelivery jobs of a delivery in the webhooks queue (BullMQ's job hashes). */
async function redeliveryJobs(deliveryId: string): Promise<string[]> {
  const keys = await h.deps.redis.keys(`${h.prefix}:webhooks:webhook-${deliveryId}-redelivery-*`);
  return keys.map((key) => key.slice(`${h.prefix}:webhooks:`.length)).filter((id) => !id.includes(':'));
}

const deliveriesOf = (id: string) =>
  forkEm(h.db.orm).find(WebhookDelivery, { plugin: id }, { orderBy: { createdAt: 'desc', id: 'desc' } });

beforeAll(async () => {
  // A receiver on this machine: the operator allows private addresses (WEBHOOK_ALLOW_PRIVATE=true).
  h = await createHarness({ webhookAllowPrivate: true });
  org = await orgOfThree(h, 'Hooks Inc');
  foreign = await owner(h, 'Elsewhere');
  const config = { url: 'http://127.0.0.1:9/hook', events: ['project.created' as const] };
  pluginId = (await org.owner.caller.plugin.install({ orgId: org.orgId, kind: 'webhook', config })).plugin.id;
  foreignPluginId = (await foreign.caller.plugin.install({ orgId: foreign.orgId, kind: 'webhook', config }))
    .plugin.id;
  for (const name of ['One', 'Two', 'Three']) await projectEvent(org.owner.caller, org.orgId, name);
  await projectEvent(foreign.caller, foreign.orgId, 'Foreign');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('plugin.deliveries', () => {
  it('lists a webhook’s deliveries newest first, paged by a cursor, for owners and admins', async () => {
    const stored = await deliveriesOf(pluginId);
    expect(stored).toHaveLength(3);
    const all = await org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId });
    expect(all.items.map((d) => d.id)).toEqual(stored.map((d) => d.id));
    expect(all.items[0]).toMatchObject({
      action: 'project.created',
      status: 'pending',
      attempts: 0,
      attemptLog: [],
    });
    expect(all.nextCursor).toBeNull();
    const first = await org.admin.caller.plugin.deliveries({ orgId: org.orgId, pluginId, limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await org.admin.caller.plugin.deliveries({
      orgId: org.orgId,
      pluginId,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect([...first.items, ...second.items].map((d) => d.id)).toEqual(stored.map((d) => d.id));
    expect(second.nextCursor).toBeNull();
    // Each pending delivery has its job waiting.
    for (const d of stored) {
      expect(await h.deps.jobs.stateOf('webhook.deliver', { deliveryId: d.id })).toBe('waiting');
    }
  });

  it('shows the last 20 attempts of each delivery, newest first', async () => {
    const [d] = await deliveriesOf(pluginId);
    const em = forkEm(h.db.orm);
    const base = Date.now() - 60_000;
    await em.insertMany(
      WebhookAttempt,
      Array.from({ length: 25 }, (_, i) => ({
        id: randomUUID(),
        delivery: d!.id,
        startedAt: new Date(base + i * 1000),
        responseCode: 500 + (i % 3),
        durationMs: i,
        error: `HTTP ${500 + (i % 3)}`,
      })),
    );
    const { items } = await org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId });
    const log = items.find((item) => item.id === d!.id)!.attemptLog;
    expect(log).toHaveLength(20);
    expect(log.map((a) => a.durationMs)).toEqual(Array.from({ length: 20 }, (_, i) => 24 - i));
    expect(items.filter((item) => item.id !== d!.id).every((item) => item.attemptLog.length === 0)).toBe(
      true,
    );
  });

  it('is FORBIDDEN to a member, NOT_FOUND for another organization’s plugin, UNAUTHORIZED without a session', async () => {
    expect(await errorOf(org.member.caller.plugin.deliveries({ orgId: org.orgId, pluginId }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect(await errorOf(foreign.caller.plugin.deliveries({ orgId: org.orgId, pluginId }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // Their own organization, our plugin: as if it did not exist.
    expect(await errorOf(foreign.caller.plugin.deliveries({ orgId: foreign.orgId, pluginId }))).toMatchObject(
      {
        code: 'NOT_FOUND',
        reason: 'PLUGIN_NOT_FOUND',
      },
    );
    expect(
      await errorOf(org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId: foreignPluginId })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'PLUGIN_NOT_FOUND' });
    expect((await errorOf((await h.caller()).plugin.deliveries({ orgId: org.orgId, pluginId }))).code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('answers BAD_REQUEST for a tampered cursor or a bad plugin id', async () => {
    expect(
      await errorOf(
        org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId, cursor: 'bm90IGEgY3Vyc29y' }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await errorOf(org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId: 'not-a-uuid' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    expect(
      await errorOf(org.owner.caller.plugin.deliveries({ orgId: org.orgId, pluginId, limit: 1000 })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('plugin.redeliver', () => {
  it('puts the delivery back to pending and enqueues a new job, for owners and admins', async () => {
    const [d] = await deliveriesOf(pluginId);
    await forkEm(h.db.orm).nativeUpdate(
      WebhookDelivery,
      { id: d!.id },
      { status: 'failed', attempts: 13, deliveredAt: null },
    );
    const answer = await org.admin.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: d!.id });
    expect(answer).toMatchObject({ id: d!.id, eventId: d!.eventId, status: 'pending', attempts: 13 });
    expect(answer.attemptLog.length).toBeGreaterThan(0);
    const stored = await forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id: d!.id });
    expect(stored.status).toBe('pending');
    expect(await redeliveryJobs(d!.id)).toHaveLength(1);
    // Asked again later: another job.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await org.owner.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: d!.id });
    const jobIds = await redeliveryJobs(d!.id);
    expect(jobIds).toHaveLength(2);
    for (const id of jobIds) {
      const redelivery = Number(id.split('-redelivery-')[1]);
      expect(await h.deps.jobs.stateOf('webhook.deliver', { deliveryId: d!.id, redelivery })).toBe('waiting');
    }
  });

  it('is FORBIDDEN to a member and NOT_FOUND for another organization’s delivery', async () => {
    const [d] = await deliveriesOf(pluginId);
    const [theirs] = await deliveriesOf(foreignPluginId);
    const before = await forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id: theirs!.id });
    expect(
      await errorOf(org.member.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: d!.id })),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
    expect(
      await errorOf(foreign.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: d!.id })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await errorOf(foreign.caller.plugin.redeliver({ orgId: foreign.orgId, deliveryId: d!.id })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'DELIVERY_NOT_FOUND' });
    expect(
      await errorOf(org.owner.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: theirs!.id })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'DELIVERY_NOT_FOUND' });
    expect(
      await errorOf(org.owner.caller.plugin.redeliver({ orgId: org.orgId, deliveryId: 'nope' })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    const after = await forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id: theirs!.id });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
