import { z } from 'zod';
import { projectRoles } from '../vocabulary/roles.js';
import { projectVisibilities } from '../vocabulary/visibility.js';

const role = z.enum(projectRoles);

const projectId = z.uuid();
const visibility = z.enum(projectVisibilities);

/** Projects and who is assigned to them. */
export const projectEvents = {
  'project.created': z.object({ projectId, name: z.string(), visibility }),
  'project.updated': z.object({
    projectId,
    /** The fields that changed, with their new values. */
    changes: z.object({ name: z.string(), description: z.string(), visibility }).partial(),
  }),
  'project.archived': z.object({ projectId }),
  'project.restored': z.object({ projectId }),
  'project.member_added': z.object({ projectId, userId: z.uuid(), role }),
  'project.member_role_changed': z.object({ projectId, userId: z.uuid(), role, previousRole: role }),
  'project.member_removed': z.object({ projectId, userId: z.uuid() }),
};
