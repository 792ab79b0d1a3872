import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { invitationExpiries } from '../vocabulary/expiry.js';
import { orgIdSchema } from '../vocabulary/ids.js';
import { plans } from '../vocabulary/plans.js';

export const orgNameSchema = singleLineText({ max: 100, required: 'Enter a name.' }).pipe(
  z.string().min(1, { error: 'Enter a name.' }),
);

export const orgScopedInput = z.object({ orgId: orgIdSchema });
export const createOrgInput = z.object({ name: orgNameSchema });
// The organization comes with the scope: routers merge these with `orgId` (orgProcedure's input).
export const renameOrgInput = z.object({ name: orgNameSchema });
export const updateOrgSettingsInput = z.object({
  invitationExpiry: z.enum(invitationExpiries, { error: 'Choose 1h, 24h, 7d, 30d or never.' }),
});
export const planSchema = z.enum(plans);

export type CreateOrgInput = z.infer<typeof createOrgInput>;
export type RenameOrgInput = z.infer<typeof renameOrgInput>;
export type UpdateOrgSettingsInput = z.infer<typeof updateOrgSettingsInput>;
