/**
 * How long an owed email is tried before it is given up: attempts spaced by a delay that doubles
 * from `firstDelayMs` up to `maxDelayMs`, for `giveUpAfterMs` from when the email was owed. The
 * defaults ride out an SMTP server down for hours: 30 s, 1 min, 2 min, … 32 min, then hourly, for
 * 24 hours (about 30 attempts).
 */
export interface EmailRetryPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  giveUpAfterMs: number;
}

export const defaultEmailRetryPolicy: EmailRetryPolicy = {
  firstDelayMs: 30_000,
  maxDelayMs: 3_600_000,
  giveUpAfterMs: 24 * 3_600_000,
};

/**
 * When to try again after the `attempts`-th attempt failed at `now`, or null when the next attempt
 * would fall past the give-up time of an email owed since `owedSince`.
 */
export function nextAttemptAt(
  policy: EmailRetryPolicy,
  attempts: number,
  owedSince: Date,
  now: Date,
): Date | null {
  const delay = Math.min(policy.firstDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
  const next = now.getTime() + delay;
  return next > owedSince.getTime() + policy.giveUpAfterMs ? null : new Date(next);
}
