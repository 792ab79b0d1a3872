import { Project, ProjectMember, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';
import { canInProject, effectiveProjectRole, type ProjectPermission } from '../permissions/project-table.js';
import { can } from '../permissions/table.js';
import type { ProjectRole } from '../vocabulary/roles.js';

/** A project the caller may see, with their assigned and effective project roles. */
export interface ProjectAccess {
  project: Project;
  assigned: ProjectRole | null;
  role: ProjectRole;
}

export function projectNotFound(): DomainError {
  return new DomainError('PROJECT_NOT_FOUND', 'This project does not exist or you cannot see it.');
}

/**
 * Whether a caller with this organization role and effective project role sees the project:
 * archived projects are seen by owners and admins only (they alone may restore them).
 */
export function seesProject(
  orgRole: MembershipWithOrg['role'],
  role: ProjectRole | null,
  project: Pick<Project, 'archivedAt'>,
): role is ProjectRole {
  if (!role) return false;
  return !project.archivedAt || can(orgRole, 'project.manage');
}

/**
 * Loads a project of the caller's organization that they may see. Another organization's project,
 * or one the caller is neither assigned to nor shown, answers exactly like a missing id.
 */
export async function loadProject(
  em: EntityManager,
  membership: MembershipWithOrg,
  projectId: string,
): Promise<ProjectAccess> {
  const project = await em.findOne(Project, { id: projectId, organization: membership.org.id });
  if (!project) throw projectNotFound();
  const assignment = await em.findOne(
    ProjectMember,
    { project: project.id, user: membership.userId },
    { fields: ['role'] },
  );
  const assigned = assignment?.role ?? null;
  const role = effectiveProjectRole(membership.role, assigned, project.visibility);
  if (!seesProject(membership.role, role, project)) throw projectNotFound();
  return { project, assigned, role };
}

export function assertCanInProject(access: ProjectAccess, permission: ProjectPermission): void {
  if (!canInProject(access.role, permission)) {
    throw new DomainError('PERMISSION_DENIED', `Your project role (${access.role}) does not allow this.`, {
      permission,
    });
  }
}

/** Archived projects are read-only: everything but restoring them is refused. */
export function assertActive(project: Pick<Project, 'archivedAt'>): void {
  if (project.archivedAt) {
    throw new DomainError('PROJECT_ARCHIVED', 'This project is archived. Restore it to change it.');
  }
}
