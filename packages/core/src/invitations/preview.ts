import { Invitation, User } from '@roster/db';
import type { AccountScope } from '../scope.js';
import { statusOf } from '../vocabulary/statuses.js';
import type { InvitationPreviewDto, MyInvitationDto } from './dto.js';
import { findOpenInvitationsFor, invitationNotFound } from './find.js';
import { invitedProjects } from '../notifications/invited-projects.js';
import { hashLinkToken } from '../vocabulary/tokens.js';

/** `invitation.preview`: what the invite page shows to whoever holds the link (no session needed). */
export async function previewInvitation(
  scope: AccountScope,
  input: { token: string },
): Promise<InvitationPreviewDto> {
  const { em } = scope;
  const invitation = await em.findOne(
    Invitation,
    { tokenHash: hashLinkToken(input.token) },
    { populate: ['organization', 'invitedBy'] },
  );
  if (!invitation) throw invitationNotFound();
  const status = statusOf(invitation);
  return {
    orgName: invitation.organization.getEntity().name,
    inviterName: invitation.invitedBy?.getEntity().name ?? null,
    email: invitation.email,
    role: invitation.role,
    status,
    expiresAt: invitation.expiresAt?.toISOString() ?? null,
    accountExists: (await em.count(User, { email: invitation.email })) > 0,
    // What accepting would add: nothing once the invitation is closed.
    projects: status === 'pending' ? await invitedProjects(em, invitation) : [],
  };
}

/**
 * `invitation.mine`: the pending invitations addressed to the signed-in email, once it is
 * verified (before that, whoever signed up with an address must not learn what it was invited to).
 */
export async function listMyInvitations(scope: AccountScope): Promise<MyInvitationDto[]> {
  const { actor } = scope;
  if (actor.type !== 'user' || !actor.emailVerified) return [];
  const invitations = await findOpenInvitationsFor(scope.em, actor.email);
  return invitations.map((i) => ({
    id: i.id,
    orgId: i.organization.id,
    orgName: i.organization.getEntity().name,
    inviterName: i.invitedBy?.getEntity().name ?? null,
    role: i.role,
    expiresAt: i.expiresAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
  }));
}
