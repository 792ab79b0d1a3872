import { Organization, findOrgSeats, type EntityManager } from '@roster/db';
import { z } from 'zod';
import type { ScopeOrg } from '../scope.js';
import { invitationExpiries } from '../vocabulary/expiry.js';
import type { Limits } from '../vocabulary/limits.js';
import { plans } from '../vocabulary/plans.js';
import { orgRoles, type OrgRole } from '../vocabulary/roles.js';

/** Seats in use (members + pending invitations) against the organization's limit (null: unlimited). */
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

/**
 * Storage in bytes: `used` (stored plus reserved by uploads in progress) against the organization's
 * `limit`, and its largest file; null = unlimited.
 */
export const storageDtoSchema = z.object({
  used: z.number(),
  limit: z.number().nullable(),
  largestFile: z.number().nullable(),
});

/** Every limit of the organization (its plan's, or the operator's override); null = unlimited. */
const limit = z.number().nullable();
export const limitsDtoSchema = z.object({
  seats: limit,
  storageBytes: limit,
  largestFileBytes: limit,
  apiCallsPerMonth: limit,
  bandwidthOutPerMonth: limit,
  requestsPerMinute: limit,
}) satisfies z.ZodType<Limits>;

/** The organization page: its summary plus owner, settings, storage and every limit. */
export const orgDtoSchema = orgSummaryDtoSchema.extend({
  ownerId: z.string(),
  settings: z.object({ invitationExpiry: z.enum(invitationExpiries) }),
  storage: storageDtoSchema,
  limits: limitsDtoSchema,
});
export type OrgDto = z.infer<typeof orgDtoSchema>;

/** A new organization, as `org.create` answers (the user owns it). */
export const createdOrgDtoSchema = orgSummaryDtoSchema.pick({ id: true, name: true, role: true });
export type CreatedOrgDto = z.infer<typeof createdOrgDtoSchema>;

/** The organization remembered as the last one used (`org.open`). */
export const openedOrgDtoSchema = z.object({ orgId: z.string() });
export type OpenedOrgDto = z.infer<typeof openedOrgDtoSchema>;

export function toOrgSummary(
  org: Pick<ScopeOrg, 'id' | 'name' | 'plan' | 'limits'>,
  role: OrgRole,
  seatsUsed: number,
): OrgSummaryDto {
  return {
    id: org.id,
    name: org.name,
    role,
    plan: org.plan,
    seats: { used: seatsUsed, limit: org.limits.seats },
  };
}

/** The organization page as someone with `role` sees it: seats and owner in one query, storage in another. */
export async function toOrgDto(em: EntityManager, org: ScopeOrg, role: OrgRole): Promise<OrgDto> {
  const [{ used, ownerId }, row] = await Promise.all([
    findOrgSeats(em, org.id),
    em.findOne(Organization, org.id, { fields: ['storageBytes'], disableIdentityMap: true }),
  ]);
  return {
    ...toOrgSummary(org, role, used),
    ownerId,
    settings: { invitationExpiry: org.invitationExpiry },
    storage: {
      used: row?.storageBytes ?? 0,
      limit: org.limits.storageBytes,
      largestFile: org.limits.largestFileBytes,
    },
    limits: { ...org.limits },
  };
}
