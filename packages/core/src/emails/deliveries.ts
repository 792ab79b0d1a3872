import { raw } from '@mikro-orm/core';
import { EmailDelivery, type EntityManager } from '@roster/db';

/** A claim older than this is taken to be from a worker that died while sending. */
const staleClaimMs = 10 * 60 * 1000;

/** Records that an email is owed (in the caller's transaction); the worker sends it later. */
export function recordEmailDelivery(
  em: EntityManager,
  key: string,
  template: string,
  recipient: string,
): EmailDelivery {
  return em.create(EmailDelivery, { key, template, recipient, status: 'queued' });
}

/**
 * Takes the right to send one email. Only one caller wins the conditional update, so a job that
 * runs twice, or two copies of it running at once, send the email once. Returns null when it was
 * sent already or another worker is sending it now.
 */
export async function claimEmailDelivery(em: EntityManager, key: string): Promise<EmailDelivery | null> {
  const now = new Date();
  const claimed = await em.nativeUpdate(
    EmailDelivery,
    {
      key,
      $or: [
        { status: { $in: ['queued', 'failed'] } },
        { status: 'sending', claimedAt: { $lt: new Date(now.getTime() - staleClaimMs) } },
      ],
    },
    { status: 'sending', claimedAt: now, updatedAt: now, attempts: raw('attempts + 1') },
  );
  if (claimed === 0) return null;
  return em.findOneOrFail(EmailDelivery, { key }, { refresh: true });
}

export async function markEmailSent(em: EntityManager, delivery: EmailDelivery): Promise<void> {
  delivery.status = 'sent';
  delivery.sentAt = new Date();
  delivery.lastError = null;
  await em.flush();
}

/** A failed attempt: back to `queued` while retries remain, `failed` after the last one. */
export async function markEmailFailed(
  em: EntityManager,
  delivery: EmailDelivery,
  error: string,
  final: boolean,
) {
  delivery.status = final ? 'failed' : 'queued';
  delivery.lastError = error.slice(0, 1000);
  await em.flush();
}

/** The email is no longer owed (its invitation was answered, revoked, or its link replaced). */
export async function markEmailSkipped(em: EntityManager, key: string): Promise<void> {
  await em.nativeUpdate(
    EmailDelivery,
    { key, status: { $in: ['queued', 'failed'] } },
    { status: 'skipped', updatedAt: new Date() },
  );
}
