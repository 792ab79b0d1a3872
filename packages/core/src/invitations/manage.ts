import { Invitation, User, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { markEmailSkipped, recordEmailDelivery } from '../emails/deliveries.js';
import { invitationEmailKey } from '../emails/keys.js';
import { DomainError } from '../errors.js';
import type { JobQueue } from '../jobs/queue.js';
import { markInvitationNotificationsRead } from '../notifications/service.js';
import { withOrganizationLocked } from '../organizations/lock.js';
import { assertCan } from '../permissions/assert.js';
import { statusOf } from '../vocabulary/statuses.js';
import { assertMayInvite } from './create.js';
import { expiresAtFor } from '../vocabulary/expiry.js';
import { findOrgInvitation } from './find.js';
import { getInvitation } from './list.js';
import { seatLimitReached, seatsLeft } from './seats.js';
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
 * A new link for a pending (or expired) invitation: new token (the old link stops working), new
 * expiry, and a new email owed. An expired invitation takes a seat again, so seats are checked.
 */
export async function resendInvitation(
  { em, jobs }: { em: EntityManager; jobs: JobQueue },
  actor: MembershipWithOrg,
  invitationId: string,
  resender: { emailVerified: boolean },
) {
  assertCan(actor.role, 'invitation.manage');
  assertMayInvite(resender);
  const orgId = actor.org.id;
  const email = await withOrganizationLocked(em, orgId, async (tx) => {
    const invitation = await findOrgInvitation(tx, orgId, invitationId);
    if (invitation.state !== 'pending') throw notResendable(statusOf(invitation));
    if (statusOf(invitation) === 'expired' && (await seatsLeft(tx, actor.org)) <= 0) {
      throw seatLimitReached(actor.org.plan);
    }
    await assertResendCooldownOver(tx, invitation);
    await (await invitationEmailBudget(tx, actor.org)).spend(1);
    await markEmailSkipped(tx, invitationEmailKey(invitation.id, invitation.sendCount));
    const { token, tokenHash } = newLinkToken();
    invitation.tokenHash = tokenHash;
    invitation.sendCount += 1;
    invitation.expiresAt = expiresAtFor(actor.org.invitationExpiry);
    recordEmailDelivery(
      tx,
      invitationEmailKey(invitation.id, invitation.sendCount),
      'invitation',
      invitation.email,
      orgId,
    );
    return { invitationId: invitation.id, send: invitation.sendCount, token };
  });
  await jobs.enqueue('email.invitation', email).catch(() => undefined);
  return getInvitation(em, orgId, invitationId);
}

/** Revoking makes the link unusable and withdraws the invitee's notification. */
export async function revokeInvitation(em: EntityManager, actor: MembershipWithOrg, invitationId: string) {
  assertCan(actor.role, 'invitation.manage');
  const orgId = actor.org.id;
  await em.transactional(async (tx) => {
    const invitation = await findOrgInvitation(tx, orgId, invitationId);
    const revoked = await tx.nativeUpdate(
      Invitation,
      { id: invitation.id, state: 'pending' },
      { state: 'revoked', respondedAt: new Date(), updatedAt: new Date() },
    );
    if (revoked === 0) {
      const status = statusOf(invitation);
      throw new DomainError('INVITATION_NOT_PENDING', `This invitation is already ${status}.`, { status });
    }
    await markEmailSkipped(tx, invitationEmailKey(invitation.id, invitation.sendCount));
    const invitee = await tx.findOne(User, { email: invitation.email }, { fields: ['id'] });
    if (invitee) await markInvitationNotificationsRead(tx, invitee.id, invitation.id);
    await tx.flush();
  });
  return getInvitation(em, orgId, invitationId);
}
