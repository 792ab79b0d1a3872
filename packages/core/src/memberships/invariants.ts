import { Membership, User } from '@roster/db';
import { untitledOrganizationName } from '../organizations/constants.js';
import { addOwnedOrganization, recordOrganizationCreated } from '../organizations/create.js';
import type { Scope } from '../scope.js';

/**
 * "Every user belongs to at least one organization, always": after a user left the scope's
 * organization (in the same transaction, with the user locked), give them a new Untitled
 * Organization if it was their last (recording `organization.created` for it). Returns the
 * organization the user should land in next, and remembers it.
 */
export async function ensureUserHasOrganization(tx: Scope, userId: string): Promise<string> {
  const { em } = tx;
  const leftOrgId = tx.org.id;
  const user = await em.findOneOrFail(User, userId);
  const remaining = await em.findOne(Membership, { user: userId }, { orderBy: { createdAt: 'asc' } });
  let nextOrgId = remaining?.organization.id;
  if (!nextOrgId) {
    const org = addOwnedOrganization(em, userId, untitledOrganizationName);
    await recordOrganizationCreated(tx, org, user);
    nextOrgId = org.id;
  }
  if (!user.lastOrgId || user.lastOrgId === leftOrgId || !remaining) user.lastOrgId = nextOrgId;
  await em.flush();
  return user.lastOrgId;
}
