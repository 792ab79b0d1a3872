import type { OrgRole, ProjectRole } from '../vocabulary/roles.js';
import type { ProjectVisibility } from '../vocabulary/visibility.js';

/**
 * The project role → permission table of PRODUCT.md §3. `project.manage` is deleting folders,
 * renaming the project and managing its members.
 */
export const projectPermissions = {
  'content.read': ['manager', 'contributor', 'viewer'],
  'content.write': ['manager', 'contributor'],
  'project.manage': ['manager'],
} as const satisfies Record<string, readonly ProjectRole[]>;

export type ProjectPermission = keyof typeof projectPermissions;

const rank: Record<ProjectRole, number> = { viewer: 1, contributor: 2, manager: 3 };

/**
 * Effective project role = the highest of: `manager` for organization owners and admins; the
 * assigned project role; `contributor` when the project is visible to the whole organization.
 * null: the user has no access to the project at all.
 */
export function effectiveProjectRole(
  orgRole: OrgRole,
  assigned: ProjectRole | null | undefined,
  visibility: ProjectVisibility,
): ProjectRole | null {
  const candidates: ProjectRole[] = [];
  if (orgRole === 'owner' || orgRole === 'admin') candidates.push('manager');
  if (assigned) candidates.push(assigned);
  if (visibility === 'organization') candidates.push('contributor');
  if (candidates.length === 0) return null;
  return candidates.reduce((best, role) => (rank[role] > rank[best] ? role : best));
}

export function canInProject(role: ProjectRole | null | undefined, permission: ProjectPermission): boolean {
  if (!role) return false;
  return (projectPermissions[permission] as readonly ProjectRole[]).includes(role);
}
