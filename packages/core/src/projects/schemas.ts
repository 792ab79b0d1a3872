import { z } from 'zod';
import { singleLineText } from '../common/schemas.js';
import { projectIdSchema, userIdSchema } from '../vocabulary/ids.js';
import { projectRoles } from '../vocabulary/roles.js';
import { projectVisibilities } from '../vocabulary/visibility.js';

export const projectNameSchema = singleLineText({ max: 100, required: 'Enter a name.' }).pipe(
  z.string().min(1, { error: 'Enter a name.' }),
);
/** Control characters other than tab and line breaks: never in a description. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Half of a surrogate pair without its other half: not valid Unicode. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A few lines of text: trimmed, at most 500 characters, nothing that cannot be stored and shown. */
export const projectDescriptionSchema = z
  .string({ error: 'Enter a description.' })
  .trim()
  .max(500, { error: 'Use at most 500 characters.' })
  .refine((s) => !controlCharacters.test(s) && !loneSurrogate.test(s), {
    error: 'Use letters, digits, punctuation and line breaks only.',
  });
const visibilitySchema = z.enum(projectVisibilities, { error: 'Choose members or organization.' });
const projectRoleSchema = z.enum(projectRoles, { error: 'Choose manager, contributor or viewer.' });

// The organization comes with the scope: routers merge these with `orgId` (orgProcedure's input).
export const listProjectsInput = z.object({ includeArchived: z.boolean().optional() });
export const projectInput = z.object({ projectId: projectIdSchema });

export const createProjectInput = z.object({
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

export type ListProjectsInput = z.infer<typeof listProjectsInput>;
export type ProjectInput = z.infer<typeof projectInput>;
export type CreateProjectInput = z.infer<typeof createProjectInput>;
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;
export type ArchiveProjectInput = z.infer<typeof archiveProjectInput>;
export type ProjectMemberInput = z.infer<typeof projectMemberInput>;
export type AddProjectMemberInput = z.infer<typeof addProjectMemberInput>;
export type UpdateProjectMemberInput = z.infer<typeof updateProjectMemberInput>;
