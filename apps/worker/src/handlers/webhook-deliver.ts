import { deliverWebhook } from '@roster/core';
import type { JobHandler } from './types.js';

/**
 * One attempt of a webhook delivery (core's `deliverWebhook`). A failed attempt fails the job, so
 * that BullMQ runs it again after the `webhook` backoff (≈ 24 hours of retries in all); the last
 * one fails it for good, the delivery marked `failed`.
 */
export const webhookDeliverJob: JobHandler<'webhook.deliver'> = async (payload, ctx) => {
  const outcome = await deliverWebhook(ctx.em, {
    deliveryId: payload.deliveryId,
    redelivery: payload.redelivery,
    attempt: ctx.attempt,
    maxAttempts: ctx.maxAttempts,
    settings: ctx.webhooks,
  });
  switch (outcome.kind) {
    case 'skipped':
      return `skipped: ${outcome.why}`;
    case 'succeeded':
      return `delivered: HTTP ${outcome.status}`;
    default:
      throw new Error(`webhook delivery ${payload.deliveryId} attempt ${ctx.attempt}: ${outcome.error}`);
  }
};
