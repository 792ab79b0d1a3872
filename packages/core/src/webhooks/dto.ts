import type { WebhookAttempt, WebhookDelivery } from '@roster/db';
import type { WebhookAttemptDto, WebhookDeliveryDto } from '../plugins/schemas.js';

export function toWebhookAttemptDto(attempt: WebhookAttempt): WebhookAttemptDto {
  return {
    id: attempt.id,
    startedAt: attempt.startedAt.toISOString(),
    responseCode: attempt.responseCode,
    durationMs: attempt.durationMs,
    error: attempt.error,
    redelivery: Boolean(attempt.redelivery),
  };
}

/** A delivery for the log, with its attempts newest first (at most the last 20). */
export function toWebhookDeliveryDto(
  delivery: WebhookDelivery,
  attempts: WebhookAttempt[],
): WebhookDeliveryDto {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    action: delivery.action,
    status: delivery.status,
    attempts: delivery.attempts,
    lastResponseCode: delivery.lastResponseCode,
    lastDurationMs: delivery.lastDurationMs,
    lastError: delivery.lastError,
    lastAttemptAt: delivery.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
    attemptLog: attempts.map(toWebhookAttemptDto),
  };
}
