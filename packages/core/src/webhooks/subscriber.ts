import { randomUUID } from 'node:crypto';
import { Plugin, WebhookDelivery } from '@roster/db';
import type { EventName } from '../events/contracts.js';
import { webhookEventNames } from '../plugins/schemas.js';
import type { DispatchContext, RecordedEvent, Subscriber } from '../subscribers/types.js';

/** Whether a webhook's settings ask for this event (`events` empty or absent = every event). */
export function webhookWants(config: Record<string, unknown>, name: EventName): boolean {
  const events = config.events;
  return !Array.isArray(events) || events.length === 0 || events.includes(name);
}

/**
 * The outbox side of webhooks: once an event of an organization committed, one `webhook_deliveries`
 * row per webhook of that organization that wants it, and a `webhook.deliver` job per delivery
 * still pending. Runs at least once (after-commit): the unique (plugin, eventId) makes a second run
 * insert nothing, and the job id per delivery makes its enqueue a no-op while the job exists; a
 * delivery already done is not pending, so it is not sent again. Webhooks installed after the event
 * get nothing of it. Answers how many deliveries it enqueued.
 */
export async function createWebhookDeliveries(ctx: DispatchContext, event: RecordedEvent): Promise<number> {
  const orgId = event.organizationId;
  if (!orgId) return 0;
  const { em } = ctx;
  const plugins = await em.find(
    Plugin,
    { organization: orgId, kind: 'webhook', createdAt: { $lte: event.createdAt } },
    { fields: ['id', 'config'], disableIdentityMap: true },
  );
  const wanted = plugins.filter((plugin) => webhookWants(plugin.config, event.name)).map((p) => p.id);
  if (wanted.length === 0) return 0;
  const now = new Date();
  await em
    .createQueryBuilder(WebhookDelivery)
    .insert(
      wanted.map((pluginId) => ({
        id: randomUUID(),
        createdAt: now,
        updatedAt: now,
        organization: orgId,
        plugin: pluginId,
        eventId: event.id,
        action: event.name,
        status: 'pending' as const,
        attempts: 0,
      })),
    )
    .onConflict(['plugin', 'eventId'])
    .ignore()
    .execute('run');
  const pending = await em.find(
    WebhookDelivery,
    { plugin: { $in: wanted }, eventId: event.id, status: 'pending' },
    { fields: ['id'], disableIdentityMap: true },
  );
  for (const delivery of pending) await ctx.jobs.enqueue('webhook.deliver', { deliveryId: delivery.id });
  return pending.length;
}

const deliver = (_payload: unknown, ctx: DispatchContext, event: RecordedEvent) =>
  createWebhookDeliveries(ctx, event).then(() => undefined);

/** Every event a webhook can carry, after commit: an uncommitted change is never delivered. */
export const webhookSubscriber: Subscriber = {
  afterCommit: Object.fromEntries(
    webhookEventNames.map((name) => [name, deliver]),
  ) as Subscriber['afterCommit'],
};
