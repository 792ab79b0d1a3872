import { AccountToken, Session, User, type EntityManager } from '@roster/db';
import { toUserDto, type AuthResult } from '../users/dto.js';
import { assertAcceptablePassword, hashPassword } from '../users/password.js';
import { landingOrganization } from '../organizations/landing.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import type { JobQueue } from '../jobs/queue.js';
import { accountEmailKey } from './keys.js';
import { markEmailVerified } from './mark-verified.js';
import type { ResetLimiter } from './reset-limiter.js';
import type { RequestPasswordResetInput, ResetPasswordInput } from './schemas.js';
import { findUsableToken, issueAccountToken, useToken } from './tokens.js';

export interface PasswordResetDeps {
  em: EntityManager;
  jobs: JobQueue;
  limiter: ResetLimiter;
  /** The caller's IP, for rate limits. */
  ip: string;
}

/**
 * `auth.requestPasswordReset`: mails a reset link if the address has an account. The answer is
 * the same either way, and so are the statements run (an unknown address has no earlier link to
 * withdraw, and gets no new one), so neither tells whether the account exists. A new link
 * replaces the previous unused one.
 */
export async function requestPasswordReset(
  { em, jobs, limiter, ip }: PasswordResetDeps,
  { email }: RequestPasswordResetInput,
): Promise<{ ok: true }> {
  await limiter.consume(email, ip);
  const payload = await em.transactional(async (tx) => {
    const user = await tx.findOne(User, { email }, { fields: ['id', 'email'] });
    const previous = await tx.find(
      AccountToken,
      { email, purpose: 'reset_password', usedAt: null },
      { fields: ['id'] },
    );
    for (const row of previous) await markEmailSkipped(tx, accountEmailKey('reset_password', row.id));
    await tx.nativeDelete(AccountToken, { email, purpose: 'reset_password', usedAt: null });
    return user ? issueAccountToken(tx, user, 'reset_password') : null;
  });
  if (payload) await jobs.enqueue('email.reset-password', payload).catch(() => undefined);
  return { ok: true };
}

/**
 * `auth.resetPassword`: the link from the reset email sets a new password. It proves the address,
 * so the email becomes verified; every session of the account ends (whoever else was signed in:
 * a thief, or someone who signed up with this address before its owner), and the API signs this
 * browser in afresh.
 */
export async function resetPassword(em: EntityManager, input: ResetPasswordInput): Promise<AuthResult> {
  const row = await findUsableToken(em, input.token, 'reset_password');
  const user = row.user.getEntity();
  assertAcceptablePassword(input.password, user);
  const passwordHash = await hashPassword(input.password);
  await em.transactional(async (tx) => {
    await useToken(tx, row);
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash, updatedAt: new Date() });
    await markEmailVerified(tx, user);
    await tx.nativeDelete(Session, { user: user.id });
  });
  const orgId = await landingOrganization(em, user);
  return { user: { ...toUserDto(user), emailVerified: true }, orgId };
}
