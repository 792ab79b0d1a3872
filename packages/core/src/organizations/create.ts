import { Membership, Organization, Project, User, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { defaultOwnedOrgLimit, libraryProject, untitledOrganizationName } from './constants.js';
import { lockUser } from '../users/lock.js';

/**
 * Creates an organization owned by `userId`, with its Library project (in the caller's
 * transaction). No limit is checked.
 */
export function addOwnedOrganization(em: EntityManager, userId: string, name: string): Organization {
  const org = em.create(Organization, { name: name.trim() || untitledOrganizationName });
  em.create(Membership, { organization: org, user: em.getReference(User, userId), role: 'owner' });
  em.create(Project, { organization: org, ...libraryProject, isLibrary: true });
  return org;
}

async function countOwnedOrganizations(em: EntityManager, userId: string): Promise<number> {
  return em.count(Membership, { user: userId, role: 'owner' });
}

/**
 * "New Organization": at most the user's owned-organization limit, checked and written in one
 * transaction with the user locked, so parallel requests cannot both slip under the limit.
 * The new organization becomes the user's last used one.
 */
export async function createOrganization(
  em: EntityManager,
  userId: string,
  name: string,
): Promise<Organization> {
  return em.transactional(async (tx) => {
    await lockUser(tx, userId);
    const user = await tx.findOneOrFail(User, userId);
    const limit = user.ownedOrgLimit ?? defaultOwnedOrgLimit;
    if ((await countOwnedOrganizations(tx, userId)) >= limit) {
      throw new DomainError(
        'OWNED_ORG_LIMIT_REACHED',
        'You cannot create more organizations on the free plan.',
        {
          limit,
          field: 'name',
        },
      );
    }
    const org = addOwnedOrganization(tx, userId, name);
    user.lastOrgId = org.id;
    return org;
  });
}
