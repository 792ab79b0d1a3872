import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { Plugin, WebhookAttempt, WebhookDelivery, type EntityManager } from '@roster/db';
import { isDomainError } from '../errors.js';
import { webhookSignatureHeader } from '../vocabulary/plugins.js';
import { resolveWebhookTarget } from './address.js';
import { webhookBody } from './body.js';
import { postWebhook } from './http.js';
import { webhookRetryDelayMs, type WebhookSettings } from './settings.js';
import { webhookSignature } from './sign.js';

export interface DeliverInput {
  deliveryId: string;
  /** When a person asked to redeliver (ms): sends even if it succeeded before. */
  redelivery?: number | undefined;
  /** This job's attempt (from 1) and how many it gets: the last failure is final. */
  attempt: number;
  maxAttempts: number;
  settings: WebhookSettings;
}

/** How an attempt went: `retry` means the caller must fail the job (BullMQ retries it). */
export type DeliverOutcome =
  | { kind: 'skipped'; why: string }
  | { kind: 'succeeded'; status: number }
  | { kind: 'retry' | 'failed'; error: string };

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One attempt of a webhook delivery (the worker's `webhook.deliver`): the event's body, signed
 * with the webhook's secret, POSTed to its URL — re-checked now against private addresses (unless
 * allowed) and connected to only at the address checked. The attempt is recorded (a
 * `webhook_attempts` row: start, response code, duration, a short error) and summarized on the
 * delivery; a 2xx succeeds it, anything else leaves it `retrying` (its next attempt's time) or,
 * on the last attempt, `failed`. A delivery or webhook gone, or done already, is skipped.
 */
export async function deliverWebhook(em: EntityManager, input: DeliverInput): Promise<DeliverOutcome> {
  const delivery = await em.findOne(WebhookDelivery, { id: input.deliveryId }, { disableIdentityMap: true });
  if (!delivery) return { kind: 'skipped', why: 'delivery gone' };
  const done = delivery.status === 'succeeded' || delivery.status === 'failed';
  if (!input.redelivery && done) return { kind: 'skipped', why: `already ${delivery.status}` };
  if (input.redelivery && delivery.deliveredAt && delivery.deliveredAt.getTime() >= input.redelivery) {
    return { kind: 'skipped', why: 'redelivered already' };
  }
  const plugin = await em.findOne(Plugin, { id: delivery.plugin.id }, { disableIdentityMap: true });
  if (!plugin || plugin.kind !== 'webhook') return { kind: 'skipped', why: 'webhook gone' };
  const body = await webhookBody(em, delivery.eventId, delivery.action);
  if (!body) return { kind: 'skipped', why: 'event gone' };
  const json = JSON.stringify(body);

  const startedAt = new Date();
  let status: number | null = null;
  let error: string | null = null;
  try {
    const target = await resolveWebhookTarget(String(plugin.config.url), {
      allowPrivate: input.settings.allowPrivate,
    });
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'Roster-Webhooks/1',
      'Roster-Event-Id': body.id,
      'Roster-Delivery-Id': delivery.id,
      [webhookSignatureHeader]: webhookSignature(plugin.secret ?? '', json, Math.floor(Date.now() / 1000)),
    };
    const response = await postWebhook(target, json, headers, input.settings.timeoutMs);
    status = response.status;
    if (status < 200 || status > 299) error = short(`HTTP ${status}: ${response.bodyStart}`, 220);
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    error = short(isDomainError(thrown) ? `refused: ${message}` : message, 300);
  }
  const finishedAt = new Date();
  const durationMs = finishedAt.getTime() - startedAt.getTime();
  const succeeded = error === null;
  const last = !succeeded && input.attempt >= input.maxAttempts;
  const nextAttemptAt =
    succeeded || last
      ? null
      : new Date(finishedAt.getTime() + webhookRetryDelayMs(input.attempt, input.settings.retryDelayMs));

  await em.insert(WebhookAttempt, {
    id: randomUUID(),
    delivery: delivery.id,
    startedAt,
    responseCode: status,
    durationMs,
    error,
    redelivery: Boolean(input.redelivery),
  });
  await em.nativeUpdate(
    WebhookDelivery,
    // A failure never undoes a success recorded meanwhile (by a redelivery running alongside).
    succeeded ? { id: delivery.id } : { id: delivery.id, status: { $ne: 'succeeded' } },
    {
      status: succeeded ? 'succeeded' : last ? 'failed' : 'retrying',
      attempts: raw('attempts + 1'),
      lastResponseCode: status,
      lastDurationMs: durationMs,
      lastError: error,
      lastAttemptAt: startedAt,
      nextAttemptAt,
      ...(succeeded ? { deliveredAt: finishedAt } : {}),
      updatedAt: finishedAt,
    },
  );
  if (succeeded) return { kind: 'succeeded', status: status! };
  return { kind: last ? 'failed' : 'retry', error: error! };
}
