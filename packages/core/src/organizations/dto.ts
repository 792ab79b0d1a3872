import { findOrgSeats, type EntityManager } from '@roster/db';
import { z } from 'zod';
import type { ScopeOrg } from '../scope.js';
import { invitationExpiries } from '../vocabulary/expiry.js';
import { planSeats, plans } from '../vocabulary/plans.js';
import { orgRoles, type OrgRole } from '../vocabulary/roles.js';

/** Seats in use (members + pending invitations) against the plan's limit (null: unlimited). */
export const seatsDtoSchema = z.object({ used: z.number(), limit: z.number().nullable() });

/** An organization in the switcher's list: with the user's role there, its plan and seats. */
export const orgSummaryDtoSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(orgRoles),
  plan: z.enum(plans),
  seats: seatsDtoSchema,
});
export type OrgSummaryDto = z.infer<typeof orgSummaryDtoSchema>;

/** The organization page: its summary plus owner and settings. */
export const orgDtoSchema = orgSummaryDtoSchema.extend({
  ownerId: z.string(),
  settings: z.object({ invitationExpiry: z.enum(invitationExpiries) }),
});
export type OrgDto = z.infer<typeof orgDtoSchema>;

/** A new organization, as `org.create` answers (the user owns it). */
export const createdOrgDtoSchema = orgSummaryDtoSchema.pick({ id: true, name: true, role: true });
export type CreatedOrgDto = z.infer<typeof createdOrgDtoSchema>;

/** The organization remembered as the last one used (`org.open`). */
export const openedOrgDtoSchema = z.object({ orgId: z.string() });
export type OpenedOrgDto = z.infer<typeof openedOrgDtoSchema>;

export function toOrgSummary(
  org: Pick<ScopeOrg, 'id' | 'name' | 'plan'>,
  role: OrgRole,
  seatsUsed: number,
): OrgSummaryDto {
  return {
    id: org.id,
    name: org.name,
    role,
    plan: org.plan,
    seats: { used: seatsUsed, limit: planSeats[org.plan] },
  };
}

/** The organization page as someone with `role` sees it: seats and owner in one query. */
export async function toOrgDto(em: EntityManager, org: ScopeOrg, role: OrgRole): Promise<OrgDto> {
  const { used, ownerId } = await findOrgSeats(em, org.id);
  return { ...toOrgSummary(org, role, used), ownerId, settings: { invitationExpiry: org.invitationExpiry } };
}
