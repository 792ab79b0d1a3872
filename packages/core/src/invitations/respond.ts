import { Invitation, Membership, Organization, User, findOrgSeats, type EntityManager } from '@roster/db';
import { assertEmailVerified } from '../users/email-verified.js';
import { markEmailVerified } from '../account/mark-verified.js';
import { planSeats } from '../vocabulary/plans.js';
import { markEmailSkipped } from '../emails/deliveries.js';
import { invitationEmailKey } from '../emails/keys.js';
import { markInvitationNotificationsRead } from '../notifications/service.js';
import { lockOrganization } from '../organizations/lock.js';
import { assertPending, findInvitationFor, invitationNotFound } from './find.js';
import { joinInvitedProjects } from './projects.js';
import type { RespondInvitationInput } from './schemas.js';
import { seatLimitReached } from './seats.js';

export interface Invitee {
  id: string;
  email: string;
}

/**
 * Turns a pending invitation into a membership, in the caller's transaction. Only one caller wins
 * the conditional update of the invitation's state, so concurrent accepts of one link admit one
 * person once; the organization is locked while its seats are counted. Returns the organization.
 */
export async function admitInvitee(
  tx: EntityManager,
  invitation: Invitation,
  invitee: Invitee,
): Promise<string> {
  assertPending(invitation);
  const orgId = invitation.organization.id;
  await lockOrganization(tx, orgId);
  const won = await tx.nativeUpdate(
    Invitation,
    { id: invitation.id, state: 'pending', tokenHash: invitation.tokenHash },
    { state: 'accepted', respondedAt: new Date(), updatedAt: new Date() },
  );
  if (won === 0) await explainLostRace(tx, invitation.id);

  if (!(await tx.count(Membership, { organization: orgId, user: invitee.id }))) {
    // The invitation held its seat while pending; only a plan lowered since can leave none for it.
    const { plan } = await tx.findOneOrFail(Organization, orgId, { fields: ['plan'] });
    const limit = planSeats[plan];
    if (limit !== null && (await findOrgSeats(tx, orgId)).members >= limit) throw seatLimitReached(plan);
    tx.create(Membership, { organization: orgId, user: invitee.id, role: invitation.role });
  }
  await joinInvitedProjects(tx, orgId, invitee.id, invitation.projects);
  await markEmailSkipped(tx, invitationEmailKey(invitation.id, invitation.sendCount));
  await markInvitationNotificationsRead(tx, invitee.id, invitation.id);
  await tx.flush();
  return orgId;
}

/** Who answers an invitation: the signed-in user, and whether their address is verified. */
export interface Respondent extends Invitee {
  emailVerified: boolean;
}

/**
 * By id (the bell, `invitation.mine`) only a verified address may answer: anyone can sign up with
 * an address, but only its owner receives the link. Answering through the link proves it.
 */
async function proveAddress(tx: EntityManager, respondent: Respondent, input: RespondInvitationInput) {
  if ('token' in input) await markEmailVerified(tx, respondent);
}

function assertMayAnswer(respondent: Respondent, input: RespondInvitationInput): void {
  if ('invitationId' in input) {
    assertEmailVerified(respondent, 'Confirm your email address to answer invitations sent to it.');
  }
}

/** `invitation.accept` (and sign-in with an invitation): joins, and makes it the organization to open. */
export async function acceptInvitation(
  em: EntityManager,
  invitee: Respondent,
  input: RespondInvitationInput,
): Promise<{ orgId: string }> {
  assertMayAnswer(invitee, input);
  return em.transactional(async (tx) => {
    const invitation = await findInvitationFor(tx, invitee.email, input);
    const orgId = await admitInvitee(tx, invitation, invitee);
    await tx.nativeUpdate(User, { id: invitee.id }, { lastOrgId: orgId });
    await proveAddress(tx, invitee, input);
    return { orgId };
  });
}

export async function declineInvitation(
  em: EntityManager,
  invitee: Respondent,
  input: RespondInvitationInput,
): Promise<void> {
  assertMayAnswer(invitee, input);
  await em.transactional(async (tx) => {
    const invitation = await findInvitationFor(tx, invitee.email, input);
    assertPending(invitation);
    const won = await tx.nativeUpdate(
      Invitation,
      { id: invitation.id, state: 'pending' },
      { state: 'declined', respondedAt: new Date(), updatedAt: new Date() },
    );
    if (won === 0) await explainLostRace(tx, invitation.id);
    await markEmailSkipped(tx, invitationEmailKey(invitation.id, invitation.sendCount));
    await markInvitationNotificationsRead(tx, invitee.id, invitation.id);
    await proveAddress(tx, invitee, input);
    await tx.flush();
  });
}

/** Another request answered the invitation, or replaced its link, between our read and our write. */
async function explainLostRace(tx: EntityManager, invitationId: string): Promise<never> {
  const current = await tx.findOne(Invitation, invitationId, { refresh: true });
  if (current) assertPending(current);
  throw invitationNotFound();
}
