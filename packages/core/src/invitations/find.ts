import { Invitation, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { InvitationStatus } from '../vocabulary/statuses.js';
import { statusOf } from '../vocabulary/statuses.js';
import type { RespondInvitationInput } from './schemas.js';
import { hashLinkToken } from '../vocabulary/tokens.js';

export function invitationNotFound(): DomainError {
  return new DomainError('INVITATION_NOT_FOUND', 'This invitation does not exist.');
}

/** An invitation of the organization; another organization's answers exactly like a missing one. */
export async function findOrgInvitation(em: EntityManager, orgId: string, id: string): Promise<Invitation> {
  const invitation = await em.findOne(Invitation, { id, organization: orgId });
  if (!invitation) throw invitationNotFound();
  return invitation;
}

/** The pending, unexpired invitations addressed to an email, newest first, with organization and inviter. */
export async function findOpenInvitationsFor(em: EntityManager, email: string): Promise<Invitation[]> {
  return em.find(
    Invitation,
    { email, state: 'pending', $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] },
    { populate: ['organization', 'invitedBy'], orderBy: { createdAt: 'desc' } },
  );
}

/** The invitation a link or the bell names, for the signed-in email (bound to it). */
export async function findInvitationFor(
  em: EntityManager,
  email: string,
  input: RespondInvitationInput,
): Promise<Invitation> {
  const invitation =
    'token' in input
      ? await em.findOne(Invitation, { tokenHash: hashLinkToken(input.token) })
      : await em.findOne(Invitation, { id: input.invitationId, email });
  if (!invitation) throw invitationNotFound();
  if (invitation.email !== email) {
    throw new DomainError(
      'INVITATION_EMAIL_MISMATCH',
      `This invitation was sent to ${invitation.email}. Sign in with that email to accept it.`,
      { field: 'email', invitedEmail: invitation.email },
    );
  }
  return invitation;
}

const notPendingMessages: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation has already been accepted.',
  declined: 'This invitation was declined.',
  revoked: 'This invitation was revoked.',
  expired: 'This invitation has expired. Ask for a new one.',
};

/** Throws unless the invitation can still be answered. */
export function assertPending(invitation: Pick<Invitation, 'state' | 'expiresAt'>): void {
  const status = statusOf(invitation);
  if (status === 'pending') return;
  throw new DomainError(
    status === 'expired' ? 'INVITATION_EXPIRED' : 'INVITATION_NOT_PENDING',
    notPendingMessages[status],
    {
      status,
    },
  );
}
