import { findMembershipWithOrg, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { ScopeOrg } from '../scope.js';
import type { OrgRole } from '../vocabulary/roles.js';
import { toScopeOrg } from './limits.js';

/** A user's membership with the organization as scopes carry it (its effective limits computed). */
export interface OrgMembership {
  userId: string;
  role: OrgRole;
  org: ScopeOrg;
}

/**
 * The caller's membership in an organization, with the organization loaded. An organization the
 * user is not in answers exactly like one that does not exist.
 */
export async function loadMembership(
  em: EntityManager,
  userId: string,
  orgId: string,
): Promise<OrgMembership> {
  const membership = await findMembershipWithOrg(em, userId, orgId);
  if (!membership) throw orgNotFound();
  return { userId, role: membership.role, org: toScopeOrg(membership.org) };
}

export function orgNotFound(): DomainError {
  return new DomainError('ORG_NOT_FOUND', 'This organization does not exist or you are not a member of it.');
}
