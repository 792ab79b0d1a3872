import {
  Membership,
  Organization,
  User,
  findOrgSeats,
  type EntityManager,
  type MembershipWithOrg,
} from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { planSeats } from './constants.js';
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
  const { members, ownerId } = await findOrgSeats(em, access.orgId);
  return {
    ...toOrgSummary(access.org, access.role),
    ownerId,
    settings: { invitationExpiry: access.org.invitationExpiry },
    seats: { used: members, limit: planSeats[access.org.plan] },
  };
}

export async function renameOrganization(em: EntityManager, access: MembershipWithOrg, input: RenameOrgInput) {
  assertCan(access.role, 'org.update');
  await em.nativeUpdate(Organization, { id: access.orgId }, { name: input.name });
  return getOrganization(em, { ...access, org: { ...access.org, name: input.name } });
}

export async function updateOrganizationSettings(
  em: EntityManager,
  access: MembershipWithOrg,
  input: UpdateOrgSettingsInput,
) {
  assertCan(access.role, 'org.update');
  await em.nativeUpdate(Organization, { id: access.orgId }, { invitationExpiry: input.invitationExpiry });
  return getOrganization(em, { ...access, org: { ...access.org, invitationExpiry: input.invitationExpiry } });
}

/** Remembers the organization a user opened last, so the app reopens it after sign-in. */
export async function rememberLastOrganization(em: EntityManager, userId: string, orgId: string): Promise<void> {
  await em.nativeUpdate(User, { id: userId }, { lastOrgId: orgId });
}
