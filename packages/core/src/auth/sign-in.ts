import { User } from '@roster/db';
import { DomainError } from '../errors.js';
import { acceptInvitation } from '../invitations/respond.js';
import { landingOrganization } from '../organizations/landing.js';
import { scopeInTransaction, transact, type AccountScope } from '../scope.js';
import { toUserDto, type AuthResult } from '../users/dto.js';
import { verifyAgainstDecoy, verifyPassword } from '../users/password.js';
import { userActor } from '../users/signed-in.js';
import type { AuthLimits } from './attempt-limiter.js';
import type { SignInInput } from './schemas.js';

/**
 * `auth.signIn`: one answer for "no such email" and "wrong password", and the same work for both.
 * The attempt is counted before the password is checked, so parallel attempts cannot outrun the
 * limit. Through an invitation link it accepts the invitation (which proves, so verifies, the
 * address) and lands in that organization. Starting the session is the transport's business.
 */
export async function signIn(
  scope: AccountScope,
  input: SignInInput,
  { limiter, ip, deviceId = null }: AuthLimits,
): Promise<AuthResult> {
  const reservation = await limiter.reserveSignIn(input.email, ip, deviceId);
  const user = await scope.em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDecoy(input.password).then(() => false);
  if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'Incorrect email or password.');
  await limiter.settleSignIn(reservation);
  const dto = toUserDto(user);
  if (!input.inviteToken) return { user: dto, orgId: await landingOrganization(scope.em, user) };
  const { inviteToken: token } = input;
  // Accepted by the person now identified (its events name them), as `invitation.accept` would.
  const { orgId } = await transact(scope, (tx) =>
    acceptInvitation(scopeInTransaction(tx, null, userActor(dto)), { token }),
  );
  return { user: { ...dto, emailVerified: true }, orgId };
}
