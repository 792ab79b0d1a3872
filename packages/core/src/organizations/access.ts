import { findMembershipWithOrg, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';

/**
 * The caller's membership in an organization, with the organization loaded. An organization the
 * user is not in answers exactly like one that does not exist.
 */
export async function loadMembership(
  em: EntityManager,
  userId: string,
  orgId: string,
): Promise<MembershipWithOrg> {
  const membership = await findMembershipWithOrg(em, userId, orgId);
  if (!membership) throw orgNotFound();
  return membership;
}

export function orgNotFound(): DomainError {
  return new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');
}
