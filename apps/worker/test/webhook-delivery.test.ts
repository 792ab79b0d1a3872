// Webhook delivery end to end, in process: a change committed through a core use case → the
// outbox → events.dispatch → webhook_deliveries → webhook.deliver → a REAL HTTP receiver on
// 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE on, as for a receiver on the same machine). Real database
// (SQLite, or PostgreSQL with TEST_DATABASE=postgresql) and Redis.
import { randomUUID } from 'node:crypto';
import {
  createProject,
  defaultWebhookSettings,
  deliverWebhook,
  listDeliveries,
  redeliver,
  transact,
  verifyWebhookSignature,
} from '@roster/core';
import { AuditRecord, Project, WebhookAttempt, WebhookDelivery, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { setUpWebhookOrg } from './support/webhook-org.js';

/** Test settings: private addresses allowed, short timeout, retries 20 ms apart (doubling). */
const webhooks = { allowPrivate: true, timeoutMs: 1_000, retryDelayMs: 20 };

let h: WorkerHarness;
let receiver: WebhookReceiver;

beforeAll(async () => {
  h = await createWorkerHarness();
  receiver = await startWebhookReceiver();
  await h.start({ webhooks });
}, 60_000);

afterAll(async () => {
  await h?.close();
  await receiver?.close();
});

const delivery = (id: string) => forkEm(h.db.orm).findOneOrFail(WebhookDelivery, { id });
const settled = (id: string, status: string) =>
  waitFor(`delivery ${id} ${status}`, async () => (await delivery(id)).status === status);

describe('webhook delivery', () => {
  it('POSTs each committed event once, signed with the secret, with a unique event id and the audit record', async () => {
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/ok`);
    const projectIds = [
      await org.createProject('Alpha'),
      await org.createProject('Beta'),
      await org.createProject('Gamma'),
    ];
    await waitFor('three deliveries', () => receiver.at('/ok').length >= 3);
    const deliveries = await org.deliveries();
    expect(deliveries).toHaveLength(3);
    for (const d of deliveries) await settled(d.id, 'succeeded');

    const got = receiver.at('/ok');
    expect(got).toHaveLength(3);
    const ids = got.map((r) => r.json.id);
    expect(new Set(ids).size).toBe(3);
    for (const request of got) {
      const signature = String(request.headers['roster-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyWebhookSignature(org.secret, request.body, signature)).toBe(true);
      expect(verifyWebhookSignature('whsec_wrong', request.body, signature)).toBe(false);
      expect(verifyWebhookSignature(org.secret, `${request.body} `, signature)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe('Roster-Webhooks/1');
      expect(request.headers['roster-event-id']).toBe(request.json.id);
      expect(deliveries.map((d) => d.id)).toContain(request.headers['roster-delivery-id']);
      // The body is the audit record of the event (same id).
      const record = await forkEm(h.db.orm).findOneOrFail(AuditRecord, { id: request.json.id });
      expect(request.json).toMatchObject({
        type: 'project.created',
        createdAt: record.createdAt.toISOString(),
        organization: { id: org.orgId },
        actor: { type: 'user', name: 'Olivia Owner' },
        target: { type: record.targetType, id: record.targetId, name: record.targetName },
        data: { payload: { name: expect.any(String) } },
      });
    }
    expect(got.map((r) => r.json.data.payload?.projectId).sort()).toEqual([...projectIds].sort());
    // The log: one attempt each, its response code and duration.
    const page = await listDeliveries(await org.owner(), { pluginId: org.pluginId });
    expect(page.items).toHaveLength(3);
    for (const item of page.items) {
      expect(item).toMatchObject({
        status: 'succeeded',
        attempts: 1,
        lastResponseCode: 200,
        lastError: null,
      });
      expect(item.attemptLog).toHaveLength(1);
      expect(item.attemptLog[0]).toMatchObject({ responseCode: 200, error: null, redelivery: false });
      expect(item.attemptLog[0]!.durationMs).toEqual(expect.any(Number));
    }
  });

  it('only sends the events a webhook chose, and nothing of a change that rolled back', async () => {
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/chosen`, ['project.archived']);
    await org.createProject('Not chosen');
    const failed = transact(await org.owner(), async (tx) => {
      await createProject(tx, { name: 'Rolled back', visibility: 'members' });
      throw new Error('the change fails after recording its event');
    });
    await expect(failed).rejects.toThrow('the change fails');
    expect(await forkEm(h.db.orm).count(Project, { name: 'Rolled back' })).toBe(0);
    // A later committed event the webhook wants is delivered; the others never were.
    const all = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/all`, []);
    const rollback = transact(await all.owner(), async (tx) => {
      await createProject(tx, { name: 'Also rolled back', visibility: 'members' });
      throw new Error('rolled back');
    });
    await expect(rollback).rejects.toThrow('rolled back');
    await all.createProject('Committed');
    await waitFor('the committed project', () =>
      receiver.at('/all').some((r) => r.json.type === 'project.created'),
    );
    const created = receiver.at('/all').filter((r) => r.json.type === 'project.created');
    expect(created.map((r) => r.json.data.payload?.name)).toEqual(['Committed']);
    expect(receiver.at('/chosen')).toEqual([]);
    expect(await org.deliveries()).toEqual([]);
  });

  it('retries a receiver that fails its first two attempts, then succeeds; the log shows every attempt', async () => {
    receiver.behave('/flaky', (nth) => (nth <= 2 ? 500 : 204));
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/flaky`);
    await org.createProject('Flaky');
    const [d] = await waitFor('the delivery', async () => {
      const rows = await org.deliveries();
      return rows.length > 0 && rows;
    });
    await settled(d!.id, 'succeeded');
    const got = receiver.at('/flaky');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.json.id)).size).toBe(1); // the same event id every time
    expect(new Set(got.map((r) => r.body)).size).toBe(1); // and the same body
    const [item] = (await listDeliveries(await org.owner(), { pluginId: org.pluginId })).items;
    expect(item).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      lastResponseCode: 204,
      nextAttemptAt: null,
    });
    expect(item!.attemptLog.map((a) => a.responseCode)).toEqual([204, 500, 500]);
    expect(item!.attemptLog.every((a) => typeof a.durationMs === 'number')).toBe(true);
    expect(item!.attemptLog[1]!.error).toMatch(/^HTTP 500: receiver says no/);
    // Never more than the start of the body is kept.
    expect(item!.attemptLog[1]!.error!.length).toBeLessThanOrEqual(220);
  });

  it('redelivers with the same event id, marked as a redelivery', async () => {
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/again`);
    await org.createProject('Again');
    await waitFor('the first delivery', () => receiver.at('/again').length === 1);
    const [d] = await org.deliveries();
    await settled(d!.id, 'succeeded');
    const answer = await redeliver(await org.owner(), { deliveryId: d!.id });
    expect(answer).toMatchObject({ id: d!.id, status: 'pending' });
    await waitFor('the redelivery', () => receiver.at('/again').length === 2);
    await settled(d!.id, 'succeeded');
    const [first, second] = receiver.at('/again');
    expect(second!.json.id).toBe(first!.json.id);
    expect(second!.headers['roster-event-id']).toBe(first!.json.id);
    expect(
      verifyWebhookSignature(org.secret, second!.body, String(second!.headers['roster-signature'])),
    ).toBe(true);
    const [item] = (await listDeliveries(await org.owner(), { pluginId: org.pluginId })).items;
    expect(item).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(item!.attemptLog.map((a) => a.redelivery)).toEqual([true, false]);
  });

  it('records a receiver that never answers as an attempt that timed out, and retries it', async () => {
    receiver.behave('/hang', () => 'hang');
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/hang`);
    await org.createProject('Silent');
    const [d] = await waitFor('the delivery', async () => {
      const rows = await org.deliveries();
      return rows.length > 0 && rows;
    });
    await waitFor('two attempts', async () => (await delivery(d!.id)).attempts >= 2, 30_000);
    const attempts = await forkEm(h.db.orm).find(
      WebhookAttempt,
      { delivery: d!.id },
      { orderBy: { startedAt: 'asc' } },
    );
    expect(attempts[0]).toMatchObject({
      responseCode: null,
      error: `timed out after ${webhooks.timeoutMs} ms`,
    });
    expect(attempts[0]!.durationMs).toBeGreaterThanOrEqual(webhooks.timeoutMs - 5);
    const now = await delivery(d!.id);
    expect(['retrying', 'pending']).toContain(now.status);
    expect(now.deliveredAt).toBeNull();
  });

  it("marks a delivery failed when its last attempt fails, and a failed one isn't sent again", async () => {
    receiver.behave('/down', () => 503);
    // A webhook that wants no project.created: the row below is the only delivery, and no job runs it.
    const org = await setUpWebhookOrg(h.db.orm, h.jobs, `${receiver.url}/down`, ['project.archived']);
    await org.createProject('Down');
    const em = forkEm(h.db.orm);
    const record = await em.findOneOrFail(AuditRecord, {
      organization: org.orgId,
      action: 'project.created',
    });
    const now = new Date();
    const deliveryId = randomUUID();
    await em.insert(WebhookDelivery, {
      id: deliveryId,
      createdAt: now,
      updatedAt: now,
      organization: org.orgId,
      plugin: org.pluginId,
      eventId: record.id,
      action: record.action,
    });
    // The last attempt's outcome, as the worker's 13th run of the job would have it.
    const settings = { ...defaultWebhookSettings, allowPrivate: true, timeoutMs: 1_000 };
    const outcome = await deliverWebhook(forkEm(h.db.orm), {
      deliveryId,
      attempt: 13,
      maxAttempts: 13,
      settings,
    });
    expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringMatching(/^HTTP 503/) });
    expect(await delivery(deliveryId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      nextAttemptAt: null,
      lastResponseCode: 503,
    });
    const again = await deliverWebhook(forkEm(h.db.orm), {
      deliveryId,
      attempt: 1,
      maxAttempts: 13,
      settings,
    });
    expect(again).toEqual({ kind: 'skipped', why: 'already failed' });
    expect(receiver.at('/down')).toHaveLength(1);
  });
});
