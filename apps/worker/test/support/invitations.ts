import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { invitationEmailKey, recordEmailDelivery } from '@roster/core';
import { EmailDelivery, Invitation, forkEm, type InvitedRole } from '@roster/db';
import { seedInvitation, seedOrganization, seedUser } from '@roster/testing/factories';

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
 * What `invitation.create` leaves behind for the worker (@roster/testing's factories): an
 * organization owned by its inviter, a pending invitation on its first link, and the email owed
 * for that link.
 */
export async function createOwedInvitation(
  orm: MikroORM,
  { accountExists = false, inviterName = 'Jane Doe', role = 'member', expiresAt }: OwedInvitationOptions = {},
): Promise<OwedInvitation> {
  const tag = randomBytes(3).toString('hex');
  const email = `invitee-${tag}@example.com`;
  const inviter = await seedUser(orm, {
    email: `inviter-${tag}@example.com`,
    name: inviterName,
    verified: false,
  });
  const org = await seedOrganization(orm, { name: `Northwind ${tag}`, owner: inviter });
  if (accountExists) await seedUser(orm, { email, name: 'Invitee', verified: false });
  const invitation = await seedInvitation(orm, {
    orgId: org.id,
    invitedBy: inviter.id,
    email,
    role,
    expiresAt,
  });
  const em = forkEm(orm);
  recordEmailDelivery(em, invitationEmailKey(invitation.id, 1), 'invitation', email);
  await em.flush();
  const { id: invitationId, token, tokenHash } = invitation;
  return {
    invitationId,
    token,
    tokenHash,
    email,
    orgName: org.name,
    payload: { invitationId, send: 1, token },
  };
}

export const invitationDelivery = (orm: MikroORM, invitationId: string, send = 1) =>
  forkEm(orm).findOne(EmailDelivery, { key: invitationEmailKey(invitationId, send) });

export const invitationRow = (orm: MikroORM, invitationId: string) =>
  forkEm(orm).findOneOrFail(Invitation, { id: invitationId });

// invitation-burst.ts reads links through here; the tests import it from @roster/testing.
export { tokenInLink } from '@roster/testing/mail-links';
