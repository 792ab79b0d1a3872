import { Invitation, User, type EntityManager } from '@roster/db';
import type { InvitationStatus } from '../vocabulary/statuses.js';
import { statusOf } from '../vocabulary/statuses.js';
import { findOpenInvitationsFor, invitationNotFound } from './find.js';
import type { InvitableRole } from '../vocabulary/roles.js';
import { hashLinkToken } from '../vocabulary/tokens.js';

export interface InvitationPreviewDto {
  orgName: string;
  inviterName: string | null;
  email: string;
  role: InvitableRole;
  status: InvitationStatus;
  expiresAt: string | null;
  /** Whether the invited email has an account: the page offers sign in, else sign up. */
  accountExists: boolean;
}

/** What the invite page shows to whoever holds the link (no session needed). */
export async function previewInvitation(em: EntityManager, token: string): Promise<InvitationPreviewDto> {
  const invitation = await em.findOne(
    Invitation,
    { tokenHash: hashLinkToken(token) },
    { populate: ['organization', 'invitedBy'] },
  );
  if (!invitation) throw invitationNotFound();
  return {
    orgName: invitation.organization.getEntity().name,
    inviterName: invitation.invitedBy?.getEntity().name ?? null,
    email: invitation.email,
    role: invitation.role,
    status: statusOf(invitation),
    expiresAt: invitation.expiresAt?.toISOString() ?? null,
    accountExists: (await em.count(User, { email: invitation.email })) > 0,
  };
}

export interface MyInvitationDto {
  id: string;
  orgId: string;
  orgName: string;
  inviterName: string | null;
  role: InvitableRole;
  expiresAt: string | null;
  createdAt: string;
}

/**
 * `invitation.mine`: the pending invitations addressed to the signed-in email, once it is
 * verified (before that, whoever signed up with an address must not learn what it was invited to).
 */
export async function listMyInvitations(
  em: EntityManager,
  viewer: { email: string; emailVerified: boolean },
): Promise<MyInvitationDto[]> {
  if (!viewer.emailVerified) return [];
  const invitations = await findOpenInvitationsFor(em, viewer.email);
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
