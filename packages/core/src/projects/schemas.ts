import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { userIdSchema } from '../memberships/schemas.js';
import { orgIdSchema } from '../organizations/schemas.js';
import { projectRoles, projectVisibilities } from './constants.js';

export const projectIdSchema = z.uuid({ error: 'Not a valid project id.' });

export const projectNameSchema = singleLineText({ max: 100, required: 'Enter a name.' }).pipe(
  z.string().min(1, { error: 'Enter a name.' }),
);
export const projectDescriptionSchema = z
  .string({ error: 'Enter a description.' })
  .trim()
  .max(500, { error: 'Use at most 500 characters.' });
const visibilitySchema = z.enum(projectVisibilities, { error: 'Choose members or organization.' });
const projectRoleSchema = z.enum(projectRoles, { error: 'Choose manager, contributor or viewer.' });

export const listProjectsInput = z.object({ orgId: orgIdSchema, includeArchived: z.boolean().optional() });
export const projectInput = z.object({ orgId: orgIdSchema, projectId: projectIdSchema });

export const createProjectInput = z.object({
  orgId: orgIdSchema,
  name: projectNameSchema,
  description: projectDescriptionSchema.optional(),
  visibility: visibilitySchema,
});

export const updateProjectInput = projectInput.extend({
  name: projectNameSchema.optional(),
  description: projectDescriptionSchema.optional(),
  visibility: visibilitySchema.optional(),
});

/** Archive (the default) or, with `archived: false`, restore. */
export const archiveProjectInput = projectInput.extend({ archived: z.boolean().optional() });

export const projectMemberInput = projectInput.extend({ userId: userIdSchema });
export const addProjectMemberInput = projectMemberInput.extend({ role: projectRoleSchema });
export const updateProjectMemberInput = projectMemberInput.extend({ role: projectRoleSchema });

export type CreateProjectInput = z.infer<typeof createProjectInput>;
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;
