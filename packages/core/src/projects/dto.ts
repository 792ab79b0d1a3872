import type { Project } from '@roster/db';
import type { OrgRole, ProjectRole } from '../vocabulary/roles.js';
import type { ProjectVisibility } from '../vocabulary/visibility.js';

/** A project as the caller sees it: `role` is their effective project role (PRODUCT.md §3). */
export interface ProjectDto {
  id: string;
  name: string;
  description: string;
  visibility: ProjectVisibility;
  isLibrary: boolean;
  /** When it was archived; null while active. */
  archivedAt: string | null;
  createdAt: string;
  role: ProjectRole;
  /** How many organization members are assigned to the project. */
  memberCount: number;
}

/** Someone assigned to a project: `role` as assigned, `effectiveRole` what they may do. */
export interface ProjectMemberDto {
  userId: string;
  name: string;
  email: string;
  orgRole: OrgRole;
  role: ProjectRole;
  effectiveRole: ProjectRole;
  addedAt: string;
}

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
