import { AccountToken, User } from '@roster/db';
import { waitPhrase } from '../common/wait-phrase.js';
import { DomainError } from '../errors.js';
import { transact, type AccountScope } from '../scope.js';
import { lockUser } from '../users/lock.js';
import { markEmailVerified } from '../users/mark-verified.js';
import { signedInUser } from '../users/signed-in.js';
import type { VerifyEmailInput } from './schemas.js';
import type { EmailAddressDto } from './dto.js';
import { findUsableToken, issueAccountToken, useToken } from './tokens.js';

/** A new confirmation email at most once a minute, and at most five an hour (sign-up's counts). */
export const verificationEmailCooldownSeconds = 60;
export const verificationEmailsPerHour = 5;

/**
 * `auth.verifyEmail`: the link from the confirmation email marks its address verified. Anyone
 * holding the link may open it (no session needed: it may be another device).
 */
export async function verifyEmail(scope: AccountScope, input: VerifyEmailInput): Promise<EmailAddressDto> {
  return transact(scope, async (tx) => {
    const row = await findUsableToken(tx.em, input.token, 'verify_email', tx.now);
    await useToken(tx, row);
    await markEmailVerified(tx, row.user.getEntity());
    return { email: row.email };
  });
}

/**
 * `auth.resendVerification`: another confirmation email to the signed-in user, with a new link
 * (earlier ones keep working until they expire). The user's row is locked while the recent links
 * are counted, so requests at once cannot slip past the limits together.
 */
export async function resendVerification(scope: AccountScope): Promise<EmailAddressDto> {
  const user = signedInUser(scope);
  if (user.emailVerified) throw alreadyVerified();
  await transact(scope, async (tx) => {
    await lockUser(tx.em, user.id);
    const current = await tx.em.findOneOrFail(User, user.id, { fields: ['email', 'emailVerifiedAt'] });
    if (current.emailVerifiedAt) throw alreadyVerified();
    const now = tx.now.getTime();
    const recent = await tx.em.find(
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
    await issueAccountToken(tx, current, 'verify_email');
  });
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
