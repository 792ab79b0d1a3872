import { Invitation, Membership, Organization, User, findOrgSeats, type EntityManager } from '@roster/db';
import { z } from 'zod';
import { effectiveLimits } from '../organizations/limits.js';
import { lockOrganization } from '../organizations/lock.js';
import { transact, type AccountScope } from '../scope.js';
import { assertEmailVerified } from '../users/email-verified.js';
import { markEmailVerified } from '../users/mark-verified.js';
import { signedInUser } from '../users/signed-in.js';
import { assertPending, findInvitationFor, invitationNotFound } from './find.js';
import { joinInvitedProjects } from './projects.js';
import type { RespondInvitationInput } from './schemas.js';
import { seatLimitReached } from './seats.js';

/** What accepting answers: the organization joined, to open next. */
export const acceptedInvitationDtoSchema = z.object({ orgId: z.uuid() });

export type AcceptedInvitationDto = z.infer<typeof acceptedInvitationDtoSchema>;

export interface Invitee {
  id: string;
  email: string;
}

/**
 * Turns a pending invitation into a membership, in the scope's transaction, recording
 * `invitation.accepted` (its email and bell notification are settled by the subscriber). Only one
 * caller wins the conditional update of the invitation's state, so concurrent accepts of one link
 * admit one person once; the organization is locked while its seats are counted. Returns the
 * organization.
 */
export async function admitInvitee(
  tx: AccountScope,
  invitation: Invitation,
  invitee: Invitee,
): Promise<string> {
  assertPending(invitation);
  const orgId = invitation.organization.id;
  await lockOrganization(tx.em, orgId);
  const won = await tx.em.nativeUpdate(
    Invitation,
    { id: invitation.id, state: 'pending', tokenHash: invitation.tokenHash },
    { state: 'accepted', respondedAt: tx.now, updatedAt: tx.now },
  );
  if (won === 0) await explainLostRace(tx.em, invitation.id);

  if (!(await tx.em.count(Membership, { organization: orgId, user: invitee.id }))) {
    // The invitation held its seat while pending; only a limit lowered since can leave none for it.
    const org = await tx.em.findOneOrFail(Organization, orgId, { fields: ['plan', 'limits'] });
    const limit = effectiveLimits(org.plan, org.limits).seats;
    if (limit !== null && (await findOrgSeats(tx.em, orgId)).members >= limit) throw seatLimitReached(limit);
    tx.em.create(Membership, { organization: orgId, user: invitee.id, role: invitation.role });
  }
  await joinInvitedProjects(tx.em, orgId, invitee.id, invitation.projects);
  await tx.record(
    'invitation.accepted',
    {
      invitationId: invitation.id,
      send: invitation.sendCount,
      userId: invitee.id,
      role: invitation.role,
    },
    { organizationId: orgId },
  );
  await tx.em.flush();
  return orgId;
}

/** Who answers an invitation: a signed-in person, and whether their address is verified. */
export interface Respondent extends Invitee {
  emailVerified: boolean;
}

/**
 * By id (the bell, `invitation.mine`) only a verified address may answer: anyone can sign up with
 * an address, but only its owner receives the link. Answering through the link proves it.
 */
async function proveAddress(tx: AccountScope, respondent: Respondent, input: RespondInvitationInput) {
  if ('token' in input) await markEmailVerified(tx, respondent);
}

function assertMayAnswer(respondent: Respondent, input: RespondInvitationInput): void {
  if ('invitationId' in input) {
    assertEmailVerified(respondent, 'Confirm your email address to answer invitations sent to it.');
  }
}

/**
 * `invitation.accept` (and signing in through an invitation link, in a scope acting as the person
 * once their password checked): joins, and makes it the organization to open.
 */
export async function acceptInvitation(
  scope: AccountScope,
  input: RespondInvitationInput,
): Promise<AcceptedInvitationDto> {
  const invitee = signedInUser(scope);
  assertMayAnswer(invitee, input);
  return transact(scope, async (tx) => {
    const invitation = await findInvitationFor(tx.em, invitee.email, input);
    const orgId = await admitInvitee(tx, invitation, invitee);
    await tx.em.nativeUpdate(User, { id: invitee.id }, { lastOrgId: orgId });
    await proveAddress(tx, invitee, input);
    return { orgId };
  });
}

/** `invitation.decline`: closes the invitation, which frees its seat. */
export async function declineInvitation(scope: AccountScope, input: RespondInvitationInput): Promise<void> {
  const invitee = signedInUser(scope);
  assertMayAnswer(invitee, input);
  await transact(scope, async (tx) => {
    const invitation = await findInvitationFor(tx.em, invitee.email, input);
    assertPending(invitation);
    const won = await tx.em.nativeUpdate(
      Invitation,
      { id: invitation.id, state: 'pending' },
      { state: 'declined', respondedAt: tx.now, updatedAt: tx.now },
    );
    if (won === 0) await explainLostRace(tx.em, invitation.id);
    await tx.record(
      'invitation.declined',
      {
        invitationId: invitation.id,
        send: invitation.sendCount,
        userId: invitee.id,
      },
      { organizationId: invitation.organization.id },
    );
    await proveAddress(tx, invitee, input);
    await tx.em.flush();
  });
}

/** Another request answered the invitation, or replaced its link, between our read and our write. */
async function explainLostRace(em: EntityManager, invitationId: string): Promise<never> {
  const current = await em.findOne(Invitation, invitationId, { refresh: true });
  if (current) assertPending(current);
  throw invitationNotFound();
}
