import { z } from 'zod';
import { invitationIdSchema, projectIdSchema } from '../vocabulary/ids.js';
import { invitableRoles, projectRoles } from '../vocabulary/roles.js';
import { maxEmailsPerInvite, splitEmailList } from './constants.js';
import { invitationTokenSchema } from './token-schema.js';

export { invitationTokenSchema };

/**
 * One field of emails, or a list: each entry may itself hold several separated by commas, spaces
 * or newlines. Invalid ones are not an input error: they come back as `invalid_email`.
 */
const emailListSchema = z
  .union([z.string().max(40_000), z.array(z.string().max(1_000)).max(maxEmailsPerInvite)], {
    error: 'Enter one or more emails.',
  })
  // Each address once (emails compare case-insensitively), so a repeated one takes no extra room.
  .transform((value) => [
    ...new Set((Array.isArray(value) ? value : [value]).flatMap(splitEmailList).map((e) => e.toLowerCase())),
  ])
  .pipe(
    z
      .array(z.string())
      .min(1, { error: 'Enter at least one email.' })
      .max(maxEmailsPerInvite, { error: `Invite at most ${maxEmailsPerInvite} emails at a time.` }),
  );

export const invitationProjectSchema = z.object({
  projectId: projectIdSchema,
  role: z.enum(projectRoles, { error: 'Choose manager, contributor or viewer.' }),
});

// The organization comes with the scope: routers merge these with `orgId` (orgProcedure's input).
export const createInvitationInput = z.object({
  emails: emailListSchema,
  role: z.enum(invitableRoles, { error: 'Choose admin or member.' }),
  projects: z
    .array(invitationProjectSchema)
    .max(50, { error: 'Choose at most 50 projects.' })
    .refine((list) => new Set(list.map((p) => p.projectId)).size === list.length, {
      error: 'Each project can be chosen once.',
    })
    .optional(),
});

export const invitationActionInput = z.object({ invitationId: invitationIdSchema });
export const invitationTokenInput = z.object({ token: invitationTokenSchema });

/** Answering an invitation: by its link's token, or by id from the bell (the signed-in email's own). */
export const respondInvitationInput = z.union(
  [z.object({ token: invitationTokenSchema }), z.object({ invitationId: invitationIdSchema })],
  { error: 'Give the invitation token or id.' },
);

export type CreateInvitationInput = z.infer<typeof createInvitationInput>;
export type InvitationActionInput = z.infer<typeof invitationActionInput>;
export type RespondInvitationInput = z.infer<typeof respondInvitationInput>;
