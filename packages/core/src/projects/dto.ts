import type { Project } from '@roster/db';
import { z } from 'zod';
import { orgRoles, projectRoles, type ProjectRole } from '../vocabulary/roles.js';
import { projectVisibilities } from '../vocabulary/visibility.js';

/** A project as the caller sees it: `role` is their effective project role (PRODUCT.md §3). */
export const projectDtoSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  visibility: z.enum(projectVisibilities),
  isLibrary: z.boolean(),
  /** When it was archived; null while active. */
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  role: z.enum(projectRoles),
  /** How many organization members are assigned to the project. */
  memberCount: z.number().int().nonnegative(),
});
export type ProjectDto = z.infer<typeof projectDtoSchema>;

/** Someone assigned to a project: `role` as assigned, `effectiveRole` what they may do. */
export const projectMemberDtoSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  orgRole: z.enum(orgRoles),
  role: z.enum(projectRoles),
  effectiveRole: z.enum(projectRoles),
  addedAt: z.iso.datetime(),
});
export type ProjectMemberDto = z.infer<typeof projectMemberDtoSchema>;

export function toProjectDto(project: Project, role: ProjectRole, memberCount: number): ProjectDto {
  return {
    id: project.id,
    name: project.name,
    description: project.description,
    visibility: project.visibility,
    isLibrary: project.isLibrary,
    archivedAt: project.archivedAt?.toISOString() ?? null,
    createdAt: project.createdAt.toISOString(),
    role,
    memberCount,
  };
}
