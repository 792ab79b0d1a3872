import { raw, type FilterQuery } from '@mikro-orm/core';
import { EmailDelivery, Organization, type EntityManager } from '@roster/db';
import { nextAttemptAt, type EmailRetryPolicy } from './retry-policy.js';

/**
 * The life of an owed email (one `email_deliveries` row):
 *
 *   queued ──claim──▶ sending ──▶ sent
 *     ▲  ▲               │ └─ lease runs out (worker killed, database gone) ─▶ taken over (sending)
 *     │  └── failed attempt, retry due at nextAttemptAt ◀┘       or swept back to queued (new job)
 *     └─ (sweep)         └─ failed attempt past the give-up time ─▶ failed
 *   queued / failed ─▶ skipped  when no longer owed (answered, revoked, link replaced)
 *
 * Only a claim sends, and only one claim holds a row at a time; each holder is told apart by the
 * attempt number it set, so a holder whose lease was taken over can no longer record anything.
 */

/** Records that an email is owed (in the caller's transaction); the worker sends it later. */
export function recordEmailDelivery(
  em: EntityManager,
  key: string,
  template: string,
  recipient: string,
  organizationId: string | null = null,
): EmailDelivery {
  const organization = organizationId ? em.getReference(Organization, organizationId) : null;
  return em.create(EmailDelivery, { key, template, recipient, organization, status: 'queued' });
}

export interface EmailClaim {
  delivery: EmailDelivery;
  /** The attempt number this claim set: it identifies the holder. */
  attempt: number;
  /** The previous holder's lease ran out mid-send: its email may or may not have gone out. */
  tookOver: boolean;
}

export type ClaimOutcome =
  | { claim: EmailClaim }
  /** Sent, given up or no longer owed: nothing to do. */
  | { done: EmailDelivery['status'] | 'missing' }
  /** Owed but not now: a retry is not due yet, or another holder's lease is still running. */
  | { retryAt: Date; heldByAnother: boolean };

/**
 * Takes the right to send one email for `leaseMs`. Only one caller wins the conditional update, so
 * a job that runs twice, or two copies of it running at once, send the email once; a lease that
 * ran out (its holder died) can be taken over.
 */
export async function claimEmailDelivery(
  em: EntityManager,
  key: string,
  leaseMs: number,
): Promise<ClaimOutcome> {
  const now = new Date();
  const lease = {
    status: 'sending' as const,
    claimedAt: now,
    leaseExpiresAt: new Date(now.getTime() + leaseMs),
    nextAttemptAt: null,
    updatedAt: now,
    attempts: raw('attempts + 1'),
  };
  const due: FilterQuery<EmailDelivery> = {
    key,
    status: 'queued',
    $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
  };
  const expired: FilterQuery<EmailDelivery> = {
    key,
    status: 'sending',
    $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $lt: now } }],
  };
  for (const [where, tookOver] of [
    [due, false],
    [expired, true],
  ] as const) {
    if ((await em.nativeUpdate(EmailDelivery, where, lease)) === 0) continue;
    const delivery = await em.findOneOrFail(EmailDelivery, { key }, { refresh: true });
    return { claim: { delivery, attempt: delivery.attempts, tookOver } };
  }
  const row = await em.findOne(EmailDelivery, { key }, { refresh: true });
  if (!row) return { done: 'missing' };
  if (row.status === 'queued') return { retryAt: row.nextAttemptAt ?? now, heldByAnother: false };
  if (row.status === 'sending') return { retryAt: row.leaseExpiresAt ?? now, heldByAnother: true };
  return { done: row.status };
}

/** Whether this claim still holds the row (no one took its lease over). */
const held = (claim: EmailClaim): FilterQuery<EmailDelivery> => ({
  key: claim.delivery.key,
  status: 'sending',
  attempts: claim.attempt,
});

/** Records the email as sent; false when the claim was lost meanwhile. */
export async function markEmailSent(em: EntityManager, claim: EmailClaim): Promise<boolean> {
  const now = new Date();
  const updated = await em.nativeUpdate(EmailDelivery, held(claim), {
    status: 'sent',
    sentAt: now,
    leaseExpiresAt: null,
    lastError: null,
    updatedAt: now,
  });
  return updated > 0;
}

/**
 * Records a failed attempt: back to `queued` with the time of the next attempt while the retry
 * policy allows one, `failed` for good after that. Answers which, or `lost` when the claim was taken
 * over meanwhile (the new holder decides).
 */
export async function markEmailFailed(
  em: EntityManager,
  claim: EmailClaim,
  error: string,
  policy: EmailRetryPolicy,
): Promise<{ retryAt: Date } | { final: true } | { lost: true }> {
  const now = new Date();
  const retryAt = nextAttemptAt(policy, claim.attempt, claim.delivery.createdAt, now);
  const updated = await em.nativeUpdate(EmailDelivery, held(claim), {
    status: retryAt ? 'queued' : 'failed',
    nextAttemptAt: retryAt,
    leaseExpiresAt: null,
    lastError: error.slice(0, 1000),
    updatedAt: now,
  });
  if (updated === 0) return { lost: true };
  return retryAt ? { retryAt } : { final: true };
}

/**
 * The email is no longer owed (its invitation was answered, revoked, or its link replaced). A
 * delivery being sent right now is marked too: whatever it sends carries a link that no longer works.
 */
export async function markEmailSkipped(em: EntityManager, key: string): Promise<void> {
  await em.nativeUpdate(
    EmailDelivery,
    { key, status: { $in: ['queued', 'sending', 'failed'] } },
    { status: 'skipped', nextAttemptAt: null, leaseExpiresAt: null, updatedAt: new Date() },
  );
}
