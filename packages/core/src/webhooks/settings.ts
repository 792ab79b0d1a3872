/**
 * How webhooks are delivered. `allowPrivate` is the operator's WEBHOOK_ALLOW_PRIVATE; the timeout
 * and the first retry's delay are PRODUCT.md §8's (10 s; retries for 24 hours), shortened by tests.
 */
export interface WebhookSettings {
  /** Let webhooks reach loopback, private and link-local addresses (never by default). */
  allowPrivate: boolean;
  /** One attempt's whole time: connect, send, answer. */
  timeoutMs: number;
  /** The first retry's delay; each next one doubles it. */
  retryDelayMs: number;
}

/**
 * Attempts per delivery: the first and 12 retries. With the first retry 21 s after it and each
 * next one twice as late, the last is 21 s × (2¹² − 1) ≈ 23.9 hours after the first attempt.
 */
export const webhookMaxAttempts = 13;

export const defaultWebhookSettings: WebhookSettings = {
  allowPrivate: false,
  timeoutMs: 10_000,
  retryDelayMs: 21_000,
};

/** The BullMQ backoff type of `webhook.deliver`: the worker computes it with `webhookRetryDelayMs`. */
export const webhookBackoffType = 'webhook';

/** The wait before the next attempt once `attemptsMade` attempts failed: exponential from `firstDelayMs`. */
export function webhookRetryDelayMs(attemptsMade: number, firstDelayMs: number): number {
  return firstDelayMs * 2 ** Math.max(0, attemptsMade - 1);
}
