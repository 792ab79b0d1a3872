import { AccountToken, User, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { JobQueue } from '../jobs/queue.js';
import { lockUser } from '../users/lock.js';
import { markEmailVerified } from './mark-verified.js';
import type { VerifyEmailInput } from './schemas.js';
import { findUsableToken, issueAccountToken, useToken } from './tokens.js';
import { waitPhrase } from '../common/wait-phrase.js';

/** A new confirmation email at most once a minute, and at most five an hour (sign-up's counts). */
export const verificationEmailCooldownSeconds = 60;
export const verificationEmailsPerHour = 5;

/** `auth.verifyEmail`: the link from the confirmation email marks its address verified. */
export async function verifyEmail(em: EntityManager, input: VerifyEmailInput): Promise<{ email: string }> {
  return em.transactional(async (tx) => {
    const row = await findUsableToken(tx, input.token, 'verify_email');
    await useToken(tx, row);
    await markEmailVerified(tx, row.user.getEntity());
    return { email: row.email };
  });
}

/**
 * `auth.resendVerification`: another confirmation email, with a new link (earlier ones keep
 * working until they expire). The user's row is locked while the recent links are counted, so
 * requests at once cannot slip past the limits together.
 */
export async function resendVerification(
  { em, jobs }: { em: EntityManager; jobs: JobQueue },
  user: { id: string; email: string; emailVerified: boolean },
): Promise<{ email: string }> {
  if (user.emailVerified) throw alreadyVerified();
  const payload = await em.transactional(async (tx) => {
    await lockUser(tx, user.id);
    const current = await tx.findOneOrFail(User, user.id, { fields: ['email', 'emailVerifiedAt'] });
    if (current.emailVerifiedAt) throw alreadyVerified();
    const now = Date.now();
    const recent = await tx.find(
      AccountToken,
      { user: user.id, purpose: 'verify_email', createdAt: { $gt: new Date(now - 3_600_000) } },
      { fields: ['createdAt'], orderBy: { createdAt: 'asc' } },
    );
    const wait = secondsToWait(
      recent.map((r) => r.createdAt.getTime()),
      now,
    );
    if (wait > 0) {
      throw new DomainError('TOO_MANY_ATTEMPTS', `You can ask for another email in ${waitPhrase(wait)}.`, {
        retryAfterSeconds: wait,
      });
    }
    return issueAccountToken(tx, current, 'verify_email');
  });
  // As for other emails, a failed enqueue is not lost: the worker's sweep issues the link again.
  await jobs.enqueue('email.verify-email', payload).catch(() => undefined);
  return { email: user.email };
}

/** Seconds until another email may go, given when the past hour's were sent (oldest first). */
function secondsToWait(sentAt: number[], now: number): number {
  const last = sentAt.at(-1);
  const untilCooldown = last === undefined ? 0 : last + verificationEmailCooldownSeconds * 1000 - now;
  const untilHourly =
    sentAt.length >= verificationEmailsPerHour
      ? sentAt[sentAt.length - verificationEmailsPerHour]! + 3_600_000 - now
      : 0;
  const ms = Math.max(untilCooldown, untilHourly);
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

function alreadyVerified(): DomainError {
  return new DomainError('EMAIL_ALREADY_VERIFIED', 'Your email address is already confirmed.');
}
