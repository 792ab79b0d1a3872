import type { MembershipWithOrg } from '@roster/db';
import type { InvitationExpiry } from '../vocabulary/expiry.js';
import type { OrgRole } from '../vocabulary/roles.js';
import type { Plan } from '../vocabulary/plans.js';

export interface OrgSummaryDto {
  id: string;
  name: string;
  role: OrgRole;
  plan: Plan;
}

export interface OrgDto extends OrgSummaryDto {
  ownerId: string;
  settings: { invitationExpiry: InvitationExpiry };
  seats: { used: number; limit: number | null };
}

export function toOrgSummary(
  org: Pick<MembershipWithOrg['org'], 'id' | 'name' | 'plan'>,
  role: OrgRole,
): OrgSummaryDto {
  return { id: org.id, name: org.name, role, plan: org.plan };
}
