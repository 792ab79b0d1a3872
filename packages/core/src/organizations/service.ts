import { Membership, User, type EntityManager } from '@roster/db';
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

/** The organization page: the caller's membership (loaded by loadMembership) plus seats and owner. */
export async function getOrganization(em: EntityManager, membership: Membership): Promise<OrgDto> {
  assertCan(membership.role, 'org.read');
  const org = membership.organization.getEntity();
  const [used, owner] = await Promise.all([
    em.count(Membership, { organization: org.id }),
    membership.role === 'owner'
      ? Promise.resolve(membership)
      : em.findOneOrFail(Membership, { organization: org.id, role: 'owner' }, { fields: ['user'] }),
  ]);
  return {
    ...toOrgSummary(org, membership.role),
    ownerId: owner.user.id,
    settings: { invitationExpiry: org.invitationExpiry },
    seats: { used, limit: planSeats[org.plan] },
  };
}

export async function renameOrganization(em: EntityManager, membership: Membership, input: RenameOrgInput) {
  assertCan(membership.role, 'org.update');
  membership.organization.getEntity().name = input.name;
  await em.flush();
  return getOrganization(em, membership);
}

export async function updateOrganizationSettings(
  em: EntityManager,
  membership: Membership,
  input: UpdateOrgSettingsInput,
) {
  assertCan(membership.role, 'org.update');
  membership.organization.getEntity().invitationExpiry = input.invitationExpiry;
  await em.flush();
  return getOrganization(em, membership);
}

/** Remembers the organization a user opened last, so the app reopens it after sign-in. */
export async function rememberLastOrganization(em: EntityManager, userId: string, orgId: string): Promise<void> {
  await em.nativeUpdate(User, { id: userId }, { lastOrgId: orgId });
}
