import {
  Membership,
  Organization,
  User,
  findOrgSeats,
  type EntityManager,
  type MembershipWithOrg,
} from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { planSeats } from '../vocabulary/plans.js';
import { toOrgSummary, type OrgDto, type OrgSummaryDto } from './dto.js';
import type { RenameOrgInput, UpdateOrgSettingsInput } from './schemas.js';

export async function listOrganizations(em: EntityManager, userId: string): Promise<OrgSummaryDto[]> {
  const memberships = await em.find(
    Membership,
    { user: userId },
    { populate: ['organization'], orderBy: { organization: { name: 'asc' }, createdAt: 'asc' } },
  );
  return memberships.map((m) => toOrgSummary(m.organization.getEntity(), m.role));
}

/** The organization page: the caller's membership (from loadMembership) plus seats and owner. */
export async function getOrganization(em: EntityManager, access: MembershipWithOrg): Promise<OrgDto> {
  assertCan(access.role, 'org.read');
  const { used, ownerId } = await findOrgSeats(em, access.org.id);
  return {
    ...toOrgSummary(access.org, access.role),
    ownerId,
    settings: { invitationExpiry: access.org.invitationExpiry },
    seats: { used, limit: planSeats[access.org.plan] },
  };
}

export async function renameOrganization(
  em: EntityManager,
  access: MembershipWithOrg,
  input: RenameOrgInput,
) {
  assertCan(access.role, 'org.update');
  await em.nativeUpdate(Organization, { id: access.org.id }, { name: input.name });
  return getOrganization(em, { ...access, org: { ...access.org, name: input.name } });
}

export async function updateOrganizationSettings(
  em: EntityManager,
  access: MembershipWithOrg,
  input: UpdateOrgSettingsInput,
) {
  assertCan(access.role, 'org.update');
  await em.nativeUpdate(Organization, { id: access.org.id }, { invitationExpiry: input.invitationExpiry });
  return getOrganization(em, { ...access, org: { ...access.org, invitationExpiry: input.invitationExpiry } });
}

/**
 * The organization page, as the user opens it: opening an organization also makes it the one
 * reopened after sign-in (written only when it changes).
 */
export async function openOrganization(
  em: EntityManager,
  user: { id: string; lastOrgId: string | null },
  access: MembershipWithOrg,
): Promise<OrgDto> {
  if (user.lastOrgId !== access.org.id)
    await em.nativeUpdate(User, { id: user.id }, { lastOrgId: access.org.id });
  return getOrganization(em, access);
}
