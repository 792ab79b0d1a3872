import { User } from '@roster/db';
import type { AuthLimits } from './attempt-limiter.js';
import { DomainError } from '../errors.js';
import type { AccountScope } from '../scope.js';
import { verifyPassword } from '../users/password.js';
import { signedInUser } from '../users/signed-in.js';

/**
 * The signed-in person, once they typed their current password: counted as a sign-in attempt with
 * the same limiter and limits (this email from this IP), so a stolen session cannot guess the
 * password faster than the sign-in page allows. A wrong one fails on the `currentPassword` field.
 */
export async function confirmCurrentPassword(
  scope: AccountScope,
  password: string,
  { limiter, ip }: AuthLimits,
): Promise<User> {
  const actor = signedInUser(scope);
  const reservation = await limiter.reserveSignIn(actor.email, ip, null);
  const user = await scope.em.findOne(User, { id: actor.id }, { populate: ['passwordHash'] });
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new DomainError('INVALID_CREDENTIALS', 'This is not your current password.', {
      field: 'currentPassword',
    });
  }
  await limiter.settleSignIn(reservation);
  return user;
}
