import { z } from 'zod';
import { invitationExpiries } from '../vocabulary/expiry.js';
import { limitNames } from '../vocabulary/limits.js';
import { plans } from '../vocabulary/plans.js';

const userId = z.uuid();
const expiry = z.enum(invitationExpiries);
const plan = z.enum(plans);
const ownedOrgLimit = z.number().int().nonnegative().nullable();
/** A limit as the operator set it: a number, null (unlimited) or 'default' (no override: the plan's). */
const limitSetting = z.union([z.number().int().nonnegative(), z.null(), z.literal('default')]);

/** What happens to an organization itself (its members' events are in members.ts). */
export const organizationEvents = {
  /** Recorded in the new organization's scope, its owner acting (org.create, sign-up, or the
   * Untitled Organization of someone removed from their last one). */
  'organization.created': z.object({ name: z.string() }),
  'organization.renamed': z.object({ name: z.string(), previousName: z.string() }),
  'organization.settings_updated': z.object({
    invitationExpiry: expiry,
    previousInvitationExpiry: expiry,
  }),
  /** An operator changed its plan (so its seats). */
  'organization.plan_changed': z.object({ plan, previousPlan: plan }),
  /** An operator overrode one of its limits (or removed the override: 'default'). */
  'organization.limit_changed': z.object({
    limit: z.enum(limitNames),
    value: limitSetting,
    previous: limitSetting,
  }),
  /** An operator changed how many organizations a user may own (null: the default). Not org-scoped. */
  'user.owned_org_limit_changed': z.object({
    userId,
    limit: ownedOrgLimit,
    previousLimit: ownedOrgLimit,
  }),
};
