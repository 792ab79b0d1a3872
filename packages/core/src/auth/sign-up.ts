import { User, isUniqueViolation } from '@roster/db';
import { issueAccountToken } from '../account/tokens.js';
import { DomainError } from '../errors.js';
import { assertPending, findInvitationFor } from '../invitations/find.js';
import { admitInvitee } from '../invitations/respond.js';
import { addOwnedOrganization, recordOrganizationCreated } from '../organizations/create.js';
import { scopeInTransaction, transact, type AccountScope } from '../scope.js';
import { toUserDto, type AuthResult } from '../users/dto.js';
import { assertAcceptablePassword, hashPassword } from '../users/password.js';
import { userActor } from '../users/signed-in.js';
import type { AuthLimits } from './attempt-limiter.js';
import type { SignUpInput } from './schemas.js';

function emailTaken(): DomainError {
  return new DomainError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', {
    field: 'email',
  });
}

/**
 * `auth.signUp`: the user, an organization named after the company (the user its owner and only
 * member) and the confirmation link, in one transaction that records `user.signed_up` (the welcome
 * email owed) and `account.link_issued` (the confirmation email owed); the worker sends both once
 * it commits. Through an invitation link the address is proven already (the link was mailed to
 * it): the user joins that organization verified (`user.email_verified`: the bell then offers the
 * other invitations waiting for the address), and no confirmation email is owed.
 */
export async function signUp(
  scope: AccountScope,
  input: SignUpInput,
  { limiter, ip }: AuthLimits,
): Promise<AuthResult> {
  // Counted first: estimating a password's strength costs CPU, so only counted requests get it.
  await limiter.consumeSignUp(ip);
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await transact(scope, async (request) => {
      if (await request.em.count(User, { email: input.email })) throw emailTaken();
      const { email, name, inviteToken } = input;
      const emailVerifiedAt = inviteToken ? request.now : null;
      const user = request.em.create(User, { email, name, passwordHash, emailVerifiedAt });
      // From here the new person acts: the events name them.
      const tx = scopeInTransaction(request, null, userActor(toUserDto(user)));
      await tx.record('user.signed_up', { userId: user.id, email, viaInvitation: Boolean(inviteToken) });
      if (inviteToken) {
        // Through an invitation link: join the inviting organization; no organization of one's own.
        const invitation = await findInvitationFor(tx.em, email, { token: inviteToken });
        assertPending(invitation);
        await tx.em.flush();
        user.lastOrgId = await admitInvitee(tx, invitation, user);
        await tx.record('user.email_verified', { userId: user.id, email });
      } else {
        const org = addOwnedOrganization(tx.em, user.id, input.companyName ?? '');
        user.lastOrgId = org.id;
        await recordOrganizationCreated(tx, org, user);
        await issueAccountToken(tx, user, 'verify_email');
      }
      return { user: toUserDto(user), orgId: user.lastOrgId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
