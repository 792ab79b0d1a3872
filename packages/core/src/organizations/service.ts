import { Membership, Organization, findSeatsOfUserOrgs, type EntityManager } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { transact, type AccountScope, type Scope } from '../scope.js';
import { signedInUser } from '../users/signed-in.js';
import { toOrgDto, toOrgSummary, type OrgDto, type OrgSummaryDto } from './dto.js';
import { effectiveLimits } from './limits.js';
import { memberActor } from './member-actor.js';
import type { RenameOrgInput, UpdateOrgSettingsInput } from './schemas.js';

/**
 * The organizations a user belongs to, by name, with their role and the seats in use in each: two
 * queries however many organizations (the memberships with their organizations, the seats grouped).
 */
export async function findOrgSummaries(em: EntityManager, userId: string): Promise<OrgSummaryDto[]> {
  const [memberships, seats] = await Promise.all([
    em.find(
      Membership,
      { user: userId },
      { populate: ['organization'], orderBy: { organization: { name: 'asc' }, createdAt: 'asc' } },
    ),
    findSeatsOfUserOrgs(em, userId),
  ]);
  return memberships.map((m) => {
    const { id, name, plan, limits } = m.organization.getEntity();
    return toOrgSummary(
      { id, name, plan, limits: effectiveLimits(plan, limits) },
      m.role,
      seats.get(id) ?? 0,
    );
  });
}

/** `org.list`: the signed-in user's organizations (the switcher). */
export async function listOrganizations(scope: AccountScope): Promise<OrgSummaryDto[]> {
  return findOrgSummaries(scope.em, signedInUser(scope).id);
}

/** `org.get`, the organization page as the member sees it. A pure read. */
export async function getOrganization(scope: Scope): Promise<OrgDto> {
  assertCan(scope, 'org.read');
  return toOrgDto(scope.em, scope.org, memberActor(scope).role);
}

export async function renameOrganization(scope: Scope, input: RenameOrgInput): Promise<OrgDto> {
  assertCan(scope, 'org.update');
  const org = { ...scope.org, name: input.name };
  await transact(scope, async (tx) => {
    // Only a real change is written and recorded (the condition holds under concurrent renames).
    const changed = await tx.em.nativeUpdate(
      Organization,
      { id: org.id, name: { $ne: org.name } },
      { name: org.name },
    );
    if (changed > 0)
      await tx.record('organization.renamed', { name: org.name, previousName: scope.org.name });
  });
  return toOrgDto(scope.em, org, memberActor(scope).role);
}

export async function updateOrganizationSettings(
  scope: Scope,
  input: UpdateOrgSettingsInput,
): Promise<OrgDto> {
  assertCan(scope, 'org.update');
  const org = { ...scope.org, invitationExpiry: input.invitationExpiry };
  await transact(scope, async (tx) => {
    const changed = await tx.em.nativeUpdate(
      Organization,
      { id: org.id, invitationExpiry: { $ne: org.invitationExpiry } },
      { invitationExpiry: org.invitationExpiry },
    );
    if (changed > 0)
      await tx.record('organization.settings_updated', {
        invitationExpiry: org.invitationExpiry,
        previousInvitationExpiry: scope.org.invitationExpiry,
      });
  });
  return toOrgDto(scope.em, org, memberActor(scope).role);
}
