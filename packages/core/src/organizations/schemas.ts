import { z } from 'zod';
import { invitationExpiries, plans } from './constants.js';

export const orgIdSchema = z.uuid({ error: 'Not a valid organization id.' });
export const orgNameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(100, { error: 'Use at most 100 characters.' });

export const orgScopedInput = z.object({ orgId: orgIdSchema });
export const createOrgInput = z.object({ name: orgNameSchema });
export const renameOrgInput = z.object({ orgId: orgIdSchema, name: orgNameSchema });
export const updateOrgSettingsInput = z.object({
  orgId: orgIdSchema,
  invitationExpiry: z.enum(invitationExpiries, { error: 'Choose 1h, 24h, 7d, 30d or never.' }),
});
export const planSchema = z.enum(plans);

export type CreateOrgInput = z.infer<typeof createOrgInput>;
export type RenameOrgInput = z.infer<typeof renameOrgInput>;
export type UpdateOrgSettingsInput = z.infer<typeof updateOrgSettingsInput>;
