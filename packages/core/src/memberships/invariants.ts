import { Membership, User, type EntityManager } from '@roster/db';
import { untitledOrganizationName } from '../organizations/constants.js';
import { addOwnedOrganization } from '../organizations/create.js';

/**
 * "Every user belongs to at least one organization, always": after a user left `leftOrgId` (in
 * the same transaction, with the user locked), give them a new Untitled Organization if it was
 * their last. Returns the organization the user should land in next, and remembers it.
 */
export async function ensureUserHasOrganization(
  em: EntityManager,
  userId: string,
  leftOrgId: string,
): Promise<string> {
  const user = await em.findOneOrFail(User, userId);
  const remaining = await em.findOne(Membership, { user: userId }, { orderBy: { createdAt: 'asc' } });
  const nextOrgId =
    remaining?.organization.id ?? addOwnedOrganization(em, userId, untitledOrganizationName).id;
  if (!user.lastOrgId || user.lastOrgId === leftOrgId || !remaining) user.lastOrgId = nextOrgId;
  await em.flush();
  return user.lastOrgId;
}
