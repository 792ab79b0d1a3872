import { AccountToken, Session, User } from '@roster/db';
import { landingOrganization } from '../organizations/landing.js';
import { transact, type AccountScope } from '../scope.js';
import type { AuthResult } from '../users/dto.js';
import { toUserDto } from '../users/dto.js';
import { markEmailVerified } from '../users/mark-verified.js';
import { assertAcceptablePassword, hashPassword } from '../users/password.js';
import type { OkDto } from './dto.js';
import type { ResetLimiter } from './reset-limiter.js';
import type { RequestPasswordResetInput, ResetPasswordInput } from './schemas.js';
import { findUsableToken, replaceAccountToken, useToken } from './tokens.js';

/** What limits password reset requests: counted per email and per IP before any work. */
export interface PasswordResetLimits {
  limiter: ResetLimiter;
  /** The caller's IP. */
  ip: string;
}

/**
 * `auth.requestPasswordReset`: mails a reset link if the address has an account. The answer is
 * the same either way (an unknown address has no earlier link to withdraw, and gets no new one). A new link
 * replaces the previous unused one (whose email, if still owed, is no longer sent).
 */
export async function requestPasswordReset(
  scope: AccountScope,
  { email }: RequestPasswordResetInput,
  { limiter, ip }: PasswordResetLimits,
): Promise<OkDto> {
  await limiter.consume(email, ip);
  await transact(scope, async (tx) => {
    const user = await tx.em.findOne(User, { email }, { fields: ['id', 'email'] });
    const unused = { email, purpose: 'reset_password', usedAt: null } as const;
    if (user) await replaceAccountToken(tx, user, 'reset_password', unused);
    else await tx.em.nativeDelete(AccountToken, unused);
  });
  return { ok: true };
}

/**
 * `auth.resetPassword`: the link from the reset email sets a new password. It proves the address,
 * so the email becomes verified; every session of the account ends (whoever else was signed in:
 * a thief, or someone who signed up with this address before its owner), and the API signs this
 * browser in afresh.
 */
export async function resetPassword(scope: AccountScope, input: ResetPasswordInput): Promise<AuthResult> {
  const row = await findUsableToken(scope.em, input.token, 'reset_password', scope.now);
  const user = row.user.getEntity();
  assertAcceptablePassword(input.password, user);
  const passwordHash = await hashPassword(input.password);
  await transact(scope, async (tx) => {
    await useToken(tx, row);
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash, updatedAt: tx.now });
    await markEmailVerified(tx, user);
    await tx.em.nativeDelete(Session, { user: user.id });
    await tx.record('user.password_reset', { userId: user.id });
  });
  const orgId = await landingOrganization(scope.em, user);
  return { user: { ...toUserDto(user), emailVerified: true }, orgId };
}
