import { User, isUniqueViolation } from '@roster/db';
import type { ResetLimiter } from '../account/reset-limiter.js';
import type { AuthLimits } from './attempt-limiter.js';
import { DomainError } from '../errors.js';
import { transact, type AccountScope } from '../scope.js';
import { confirmCurrentPassword } from './current-password.js';
import type { EmailAddressDto } from '../account/dto.js';
import type { ChangeEmailInput, ConfirmEmailChangeInput } from './schemas.js';
import { findUsableToken, replaceAccountToken, useToken } from '../account/tokens.js';

/** What sign-up says of a taken address, and no more. */
function emailTaken(): DomainError {
  return new DomainError('EMAIL_TAKEN', 'An account with this email already exists.', { field: 'email' });
}

/**
 * `account.changeEmail`: after the current password, mails a confirmation link to the new address
 * (`account.link_issued`; the worker issues its token). Nothing changes until the link is used. A
 * new request replaces the previous unused link. An address another account has is refused as
 * sign-up refuses it, behind the password and the sign-in attempt limits. Links are counted per new
 * address and per IP (`emailLimiter`, the password reset limits), bounding what one address gets.
 */
export async function requestEmailChange(
  scope: AccountScope,
  input: ChangeEmailInput,
  limits: AuthLimits & { emailLimiter: ResetLimiter },
): Promise<EmailAddressDto> {
  const user = await confirmCurrentPassword(scope, input.currentPassword, limits);
  if (input.email === user.email) {
    throw new DomainError('INVALID_INPUT', 'This is already your email address.', { field: 'email' });
  }
  if (await scope.em.count(User, { email: input.email })) throw emailTaken();
  await limits.emailLimiter.consumeEmailChange(input.email, limits.ip);
  await transact(scope, async (tx) => {
    const unused = { user: user.id, purpose: 'change_email', usedAt: null } as const;
    await replaceAccountToken(tx, { id: user.id, email: input.email }, 'change_email', unused);
  });
  return { email: input.email };
}

/**
 * `account.confirmEmailChange`: the link from the new address makes it the account's, verified
 * (the link proves it); the old address is told (`user.email_changed`), and invitations waiting
 * for the new one appear in the bell (`user.email_verified`). Anyone holding the link may open it.
 */
export async function confirmEmailChange(
  scope: AccountScope,
  input: ConfirmEmailChangeInput,
): Promise<EmailAddressDto> {
  try {
    return await transact(scope, async (tx) => {
      const row = await findUsableToken(tx.em, input.token, 'change_email', tx.now);
      const user = row.user.getEntity();
      const { email } = row;
      if (await tx.em.count(User, { email, id: { $ne: user.id } })) throw emailTaken();
      await useToken(tx, row);
      await tx.em.nativeUpdate(User, { id: user.id }, { email, emailVerifiedAt: tx.now, updatedAt: tx.now });
      await tx.record('user.email_changed', {
        userId: user.id,
        tokenId: row.id,
        previousEmail: user.email,
        email,
      });
      await tx.record('user.email_verified', { userId: user.id, email });
      return { email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
