import type { WebhookAttemptDto, WebhookDeliveryDto } from '@roster/core/browser';
import type { ChipTone } from '../../components/ui/chip';

export const deliveryStatusChips: Record<WebhookDeliveryDto['status'], { tone: ChipTone; label: string }> = {
  pending: { tone: 'zinc', label: 'Pending' },
  retrying: { tone: 'amber', label: 'Retrying' },
  succeeded: { tone: 'emerald', label: 'Succeeded' },
  failed: { tone: 'red', label: 'Failed' },
};

/** "85 ms", "1.2 s", "10 s"; a dash before the first answer. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
}

/** "1 attempt", "3 attempts", "Not sent yet". */
export function attemptsLabel(attempts: number): string {
  if (attempts === 0) return 'Not sent yet';
  return `${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`;
}

/** What the receiver answered: "HTTP 200", or the error when it did not answer ("Timed out"). */
export function outcomeLabel(attempt: Pick<WebhookAttemptDto, 'responseCode' | 'error'> | null): string {
  if (!attempt) return 'No answer yet';
  if (attempt.responseCode !== null) return `HTTP ${attempt.responseCode}`;
  return attempt.error ?? 'No answer';
}

/** A delivery's last attempt, as one attempt reads. */
export function lastOutcome(delivery: WebhookDeliveryDto): string {
  if (delivery.attempts === 0) return 'No answer yet';
  return outcomeLabel({ responseCode: delivery.lastResponseCode, error: delivery.lastError });
}

/** Whether a response code is a success (2xx), for its color. */
export const isSuccessCode = (code: number | null) => code !== null && code >= 200 && code < 300;
