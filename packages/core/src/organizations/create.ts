import { Membership, Organization, Project, User, type EntityManager } from '@roster/db';
import { scopeInTransaction, transact, type AccountScope, type AnyScope } from '../scope.js';
import { lockUser } from '../users/lock.js';
import { signedInUser } from '../users/signed-in.js';
import { libraryProject, untitledOrganizationName } from './constants.js';
import type { CreatedOrgDto } from './dto.js';
import { toScopeOrg } from './limits.js';
import { ownedOrgLimitOf, ownedOrgLimitReached } from './owned.js';
import type { CreateOrgInput } from './schemas.js';

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

/**
 * Records `organization.created` for an organization `tx` has just made for `owner`: in a scope of
 * the new organization (its owner as the member acting) inside the same transaction.
 */
export async function recordOrganizationCreated(tx: AnyScope, org: Organization, owner: User): Promise<void> {
  const { id, name, email } = owner;
  const actor = {
    type: 'member',
    id,
    name,
    email,
    emailVerified: owner.emailVerifiedAt !== null,
    role: 'owner',
  } as const;
  const orgScope = scopeInTransaction(tx, toScopeOrg(org), actor);
  await orgScope.record('organization.created', { name: org.name });
}

async function countOwnedOrganizations(em: EntityManager, userId: string): Promise<number> {
  return em.count(Membership, { user: userId, role: 'owner' });
}

/**
 * `org.create`, "New Organization": at most the user's owned-organization limit, checked and
 * written in one transaction with the user locked, so parallel requests cannot both slip under the
 * limit. The new organization becomes the user's last used one.
 */
export async function createOrganization(scope: AccountScope, input: CreateOrgInput): Promise<CreatedOrgDto> {
  const { id: userId } = signedInUser(scope);
  return transact(scope, async (tx) => {
    await lockUser(tx.em, userId);
    const user = await tx.em.findOneOrFail(User, userId);
    const limit = ownedOrgLimitOf(user);
    if ((await countOwnedOrganizations(tx.em, userId)) >= limit) throw ownedOrgLimitReached(limit);
    const org = addOwnedOrganization(tx.em, userId, input.name);
    user.lastOrgId = org.id;
    await recordOrganizationCreated(tx, org, user);
    await tx.em.flush();
    return { id: org.id, name: org.name, role: 'owner' as const };
  });
}
