import { Invitation, Membership, User, type EntityManager } from '@roster/db';
import { isExpired } from '../vocabulary/expiry.js';

export interface WhoIsThere {
  /** Emails with an account → the user's id. */
  users: Map<string, string>;
  /** Emails with a verified account → the user's id: they get a bell notification of the invitation. */
  notifiable: Map<string, string>;
  /** Emails already members of the organization. */
  members: Set<string>;
  /** Emails with a live pending invitation → its id. */
  pending: Map<string, string>;
}

/**
 * What the organization already knows of these emails, in three queries. Pending invitations past
 * their expiry are closed as `expired` on the way, making room for new ones (one pending
 * invitation per email). Run it with the organization locked.
 */
export async function whoIsThere(em: EntityManager, orgId: string, emails: string[]): Promise<WhoIsThere> {
  if (emails.length === 0) {
    return { users: new Map(), notifiable: new Map(), members: new Set(), pending: new Map() };
  }
  const users = await em.find(
    User,
    { email: { $in: emails } },
    { fields: ['id', 'email', 'emailVerifiedAt'] },
  );
  const memberships = await em.find(
    Membership,
    { organization: orgId, user: { $in: users.map((u) => u.id) } },
    { fields: ['user'] },
  );
  const memberIds = new Set(memberships.map((m) => m.user.id));
  const invitations = await em.find(
    Invitation,
    { organization: orgId, email: { $in: emails }, state: 'pending' },
    { fields: ['email', 'expiresAt', 'state'] },
  );
  const expired = invitations.filter((i) => isExpired(i.expiresAt));
  if (expired.length > 0) {
    await em.nativeUpdate(Invitation, { id: { $in: expired.map((i) => i.id) } }, { state: 'expired' });
  }
  return {
    users: new Map(users.map((u) => [u.email, u.id])),
    notifiable: new Map(users.filter((u) => u.emailVerifiedAt !== null).map((u) => [u.email, u.id])),
    members: new Set(users.filter((u) => memberIds.has(u.id)).map((u) => u.email)),
    pending: new Map(invitations.filter((i) => !isExpired(i.expiresAt)).map((i) => [i.email, i.id])),
  };
}
