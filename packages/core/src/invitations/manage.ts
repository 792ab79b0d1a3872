import { Invitation, User } from '@roster/db';
import { DomainError } from '../errors.js';
import { withOrganizationLocked } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import { transact, type Scope } from '../scope.js';
import { statusOf } from '../vocabulary/statuses.js';
import { assertMayInvite } from './create.js';
import type { InvitationDto } from './dto.js';
import { expiresAtFor } from '../vocabulary/expiry.js';
import { findOrgInvitation } from './find.js';
import { getInvitation } from './list.js';
import { seatLimitReached, seatsLeft } from './seats.js';
import type { InvitationActionInput } from './schemas.js';
import { newLinkToken } from '../vocabulary/tokens.js';
import { assertResendCooldownOver, invitationEmailBudget } from './throttle.js';

function notResendable(status: string): DomainError {
  return new DomainError(
    'INVITATION_NOT_PENDING',
    `This invitation is ${status}; invite the person again instead.`,
    {
      status,
    },
  );
}

/**
 * `invitation.resend`: a new link for a pending (or expired) invitation, with a new expiry and a
 * new email owed (`invitation.resent`). The old link stops working at once: the invitation holds a
 * hash nobody knows until the worker issues the new link as it mails it. An expired invitation
 * takes a seat again, so seats are checked.
 */
export async function resendInvitation(scope: Scope, input: InvitationActionInput): Promise<InvitationDto> {
  assertCan(scope, 'invitation.manage');
  assertMayInvite(scope.actor);
  const { org } = scope;
  await withOrganizationLocked(scope, async (tx) => {
    const invitation = await findOrgInvitation(tx.em, org.id, input.invitationId);
    if (invitation.state !== 'pending') throw notResendable(statusOf(invitation));
    if (statusOf(invitation) === 'expired' && (await seatsLeft(tx.em, org)) <= 0) {
      throw seatLimitReached(org.limits.seats ?? 0);
    }
    await assertResendCooldownOver(tx.em, invitation);
    await (await invitationEmailBudget(tx.em, org)).spend(1);
    invitation.tokenHash = newLinkToken().tokenHash;
    invitation.sendCount += 1;
    invitation.expiresAt = expiresAtFor(org.invitationExpiry);
    await tx.record('invitation.resent', {
      invitationId: invitation.id,
      email: invitation.email,
      send: invitation.sendCount,
    });
  });
  return getInvitation(scope, input);
}

/**
 * `invitation.revoke`: the link becomes unusable, the seat is freed, and the invitee's email and
 * notification are withdrawn (`invitation.revoked`).
 */
export async function revokeInvitation(scope: Scope, input: InvitationActionInput): Promise<InvitationDto> {
  assertCan(scope, 'invitation.manage');
  await transact(scope, async (tx) => {
    const invitation = await findOrgInvitation(tx.em, scope.org.id, input.invitationId);
    const revoked = await tx.em.nativeUpdate(
      Invitation,
      { id: invitation.id, state: 'pending' },
      { state: 'revoked', respondedAt: tx.now, updatedAt: tx.now },
    );
    if (revoked === 0) {
      const status = statusOf(invitation);
      throw new DomainError('INVITATION_NOT_PENDING', `This invitation is already ${status}.`, { status });
    }
    const invitee = await tx.em.findOne(User, { email: invitation.email }, { fields: ['id'] });
    await tx.record('invitation.revoked', {
      invitationId: invitation.id,
      send: invitation.sendCount,
      inviteeUserId: invitee?.id ?? null,
    });
  });
  return getInvitation(scope, input);
}
