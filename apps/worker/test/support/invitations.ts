import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { invitationEmailKey, newLinkToken, recordEmailDelivery } from '@roster/core';
import { EmailDelivery, Invitation, Organization, User, forkEm, type InvitedRole } from '@roster/db';

export interface OwedInvitation {
  invitationId: string;
  /** The link token, as the API hands it to the job (the row keeps only its hash). */
  token: string;
  tokenHash: string;
  email: string;
  orgName: string;
  /** The first link's payload for `email.invitation`. */
  payload: { invitationId: string; send: number; token: string };
}

export interface OwedInvitationOptions {
  /** The invitee already has a Roster account. */
  accountExists?: boolean;
  inviterName?: string;
  role?: InvitedRole;
  expiresAt?: Date | null;
}

/**
 * What `invitation.create` leaves behind for the worker, written directly: an organization, its
 * inviter, a pending invitation on its first link, and the email owed for that link.
 */
export async function createOwedInvitation(
  orm: MikroORM,
  { accountExists = false, inviterName = 'Jane Doe', role = 'member', expiresAt }: OwedInvitationOptions = {},
): Promise<OwedInvitation> {
  const em = forkEm(orm);
  const tag = randomBytes(3).toString('hex');
  const orgName = `Northwind ${tag}`;
  const email = `invitee-${tag}@example.com`;
  const organization = em.create(Organization, { name: orgName });
  const inviter = em.create(User, {
    email: `inviter-${tag}@example.com`,
    name: inviterName,
    passwordHash: 'x',
  });
  if (accountExists) em.create(User, { email, name: 'Invitee', passwordHash: 'x' });
  const { token, tokenHash } = newLinkToken();
  const invitation = em.create(Invitation, {
    organization,
    email,
    role,
    tokenHash,
    expiresAt: expiresAt === undefined ? new Date(Date.now() + 7 * 24 * 3_600_000) : expiresAt,
    invitedBy: inviter,
  });
  recordEmailDelivery(em, invitationEmailKey(invitation.id, 1), 'invitation', email);
  await em.flush();
  const invitationId = invitation.id;
  return { invitationId, token, tokenHash, email, orgName, payload: { invitationId, send: 1, token } };
}

export const invitationDelivery = (orm: MikroORM, invitationId: string, send = 1) =>
  forkEm(orm).findOne(EmailDelivery, { key: invitationEmailKey(invitationId, send) });

export const invitationRow = (orm: MikroORM, invitationId: string) =>
  forkEm(orm).findOneOrFail(Invitation, { id: invitationId });

/** The token of the `/invite/<token>` link in a message's text. */
export function tokenInLink(text: string | undefined): string | undefined {
  return text?.match(/\/invite\/([A-Za-z0-9_-]{43})\b/)?.[1];
}
