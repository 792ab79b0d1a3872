// The webhooks' after-commit subscriber is run at least once per event: running it again for the
// same event creates no second delivery and no second job. Real database (SQLite, or PostgreSQL
// with TEST_DATABASE=postgresql) and Redis.
import { randomBytes, randomUUID } from 'node:crypto';
import { Organization, Plugin, WebhookDelivery, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testRedisUrl } from '@roster/testing/env';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName } from '../events/contracts.js';
import { JobQueue } from '../jobs/queue.js';
import { createWebhookDeliveries, webhookWants } from './subscriber.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
const prefix = `roster-test-webhook-sub-${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
});
afterAll(async () => {
  await jobs?.close();
  const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
});

async function orgWithWebhooks(configs: { events: EventName[]; createdAt?: Date }[]) {
  const em = forkEm(db.orm);
  const org = em.create(Organization, { name: `Hooks ${randomBytes(3).toString('hex')}` });
  const plugins = configs.map((c, i) =>
    em.create(Plugin, {
      organization: org,
      kind: 'webhook',
      name: `Hook ${i}`,
      config: { url: 'https://93.184.215.14/hook', events: c.events },
      secret: 'whsec_x',
      ...(c.createdAt ? { createdAt: c.createdAt } : {}),
    }),
  );
  await em.flush();
  return { orgId: org.id, pluginIds: plugins.map((p) => p.id) };
}

const event = (orgId: string, name: EventName = 'project.created') => ({
  id: randomUUID(),
  name,
  organizationId: orgId,
  createdAt: new Date(),
});

describe('webhook deliveries of an event', () => {
  it('one per webhook that wants it; a second run creates nothing and enqueues no second job', async () => {
    const later = new Date(Date.now() + 60_000);
    const { orgId, pluginIds } = await orgWithWebhooks([
      { events: [] },
      { events: ['project.created'] },
      { events: ['project.archived'] },
      { events: [], createdAt: later }, // installed after the event
    ]);
    const e = event(orgId);
    const ctx = { em: forkEm(db.orm), jobs };
    expect(await createWebhookDeliveries(ctx, e)).toBe(2);
    expect(await createWebhookDeliveries({ em: forkEm(db.orm), jobs }, e)).toBe(2);
    const rows = await forkEm(db.orm).find(WebhookDelivery, { eventId: e.id });
    expect(rows.map((r) => r.plugin.id).sort()).toEqual([pluginIds[0], pluginIds[1]].sort());
    expect(rows.every((r) => r.status === 'pending' && r.action === 'project.created')).toBe(true);
    for (const row of rows)
      expect(await jobs.stateOf('webhook.deliver', { deliveryId: row.id })).toBe('waiting');
    const waiting = await redis.keys(`${prefix}:webhooks:webhook-*`);
    expect(waiting.filter((k) => !k.slice(`${prefix}:webhooks:`.length).includes(':'))).toHaveLength(2);
  });

  it('enqueues nothing for a delivery already done, and nothing for an event of no organization', async () => {
    const { orgId } = await orgWithWebhooks([{ events: [] }]);
    const e = event(orgId);
    await createWebhookDeliveries({ em: forkEm(db.orm), jobs }, e);
    await forkEm(db.orm).nativeUpdate(WebhookDelivery, { eventId: e.id }, { status: 'succeeded' });
    expect(await createWebhookDeliveries({ em: forkEm(db.orm), jobs }, e)).toBe(0);
    expect(
      await createWebhookDeliveries({ em: forkEm(db.orm), jobs }, { ...event(orgId), organizationId: null }),
    ).toBe(0);
  });

  it('reads `events` empty or absent as every event', () => {
    expect(webhookWants({ events: [] }, 'member.removed')).toBe(true);
    expect(webhookWants({}, 'member.removed')).toBe(true);
    expect(webhookWants({ events: ['member.removed'] }, 'member.removed')).toBe(true);
    expect(webhookWants({ events: ['member.left'] }, 'member.removed')).toBe(false);
  });
});
