import { Project, ProjectMember, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import { canInProject, effectiveProjectRole, type ProjectPermission } from '../permissions/project-table.js';
import { can } from '../permissions/table.js';
import type { ApiKeyActor, MemberActor, Scope, SystemActor } from '../scope.js';
import type { ProjectRole } from '../vocabulary/roles.js';

/**
 * A project as loaded for the scope's actor: `assigned` is the project role they were given (null:
 * not assigned), `role` their effective one, what they may do in it.
 */
export interface LoadedProject {
  project: Project;
  assigned: ProjectRole | null;
  role: ProjectRole;
}

/**
 * What decides which projects an actor sees: for a member, who they are and their organization
 * role; for an API key, its scopes and projects.
 */
export type ProjectViewer =
  | Pick<MemberActor, 'type' | 'id' | 'role'>
  | Pick<ApiKeyActor, 'type' | 'scopes' | 'projectIds'>
  | Pick<SystemActor, 'type'>;

export function projectNotFound(): DomainError {
  return new DomainError('PROJECT_NOT_FOUND', 'This project does not exist or you cannot see it.');
}

/**
 * The actor's effective role in a project, or null when they do not see it. A member: by the
 * role table (PRODUCT.md §3); archived projects are seen by owners and admins only (they alone may
 * restore them). Roster itself manages every project. An API key: in its projects (all when it is
 * not limited), never archived ones, a manager with `content:write`, a viewer with `content:read`.
 */
export function roleInProject(
  actor: ProjectViewer,
  assigned: ProjectRole | null | undefined,
  project: Pick<Project, 'id' | 'visibility' | 'archivedAt'>,
): ProjectRole | null {
  if (actor.type === 'system') return 'manager';
  if (actor.type === 'apiKey') return keyRoleInProject(actor, project);
  const role = effectiveProjectRole(actor.role, assigned, project.visibility);
  if (!role || (project.archivedAt && !can(actor.role, 'project.manage'))) return null;
  return role;
}

function keyRoleInProject(
  key: Pick<ApiKeyActor, 'scopes' | 'projectIds'>,
  project: Pick<Project, 'id' | 'archivedAt'>,
): ProjectRole | null {
  if (project.archivedAt) return null;
  if (key.projectIds && !key.projectIds.includes(project.id)) return null;
  if (key.scopes.includes('content:write')) return 'manager';
  if (key.scopes.includes('content:read')) return 'viewer';
  return null;
}

/** The project roles the actor was assigned in the organization's projects, by project id. */
export async function assignedRoles(
  em: EntityManager,
  orgId: string,
  actor: ProjectViewer,
): Promise<Map<string, ProjectRole>> {
  if (actor.type !== 'member') return new Map();
  const assignments = await em.find(
    ProjectMember,
    { organization: orgId, user: actor.id },
    { fields: ['project', 'role'] },
  );
  return new Map(assignments.map((a) => [a.project.id, a.role]));
}

/**
 * The organization's project and the role `userId` was assigned in it, in one query (every project
 * request runs this). The project is merged into the identity map as `em.findOne` would, after the
 * same auto-flush of pending project and assignment changes.
 */
async function findProjectWithAssignment(
  em: EntityManager,
  projectId: string,
  orgId: string,
  userId: string | null,
): Promise<{ project: Project; assigned: ProjectRole | null } | null> {
  await em.tryFlush(Project, {});
  await em.tryFlush(ProjectMember, {});
  const [row] = await em.execute<(Record<string, unknown> & { assigned_role__: ProjectRole | null })[]>(
    `select p.*, pm.role as assigned_role__
       from projects p left join project_members pm on pm.project_id = p.id and pm.user_id = ?
      where p.id = ? and p.organization_id = ?`,
    [userId, projectId, orgId],
  );
  if (!row) return null;
  const { assigned_role__: assigned, ...columns } = row;
  const data = em.getDriver().mapResult(columns, em.getMetadata().get(Project.name));
  const project = em.getEntityFactory().create(Project, data as Record<string, unknown>, {
    merge: true,
    convertCustomTypes: true,
  });
  return { project, assigned: assigned ?? null };
}

/**
 * Loads a project of the scope's organization that its actor may see. Another organization's
 * project, or one the actor is neither assigned to nor shown, answers exactly like a missing id.
 */
export async function loadProject(scope: Scope, projectId: string): Promise<LoadedProject> {
  const { em, org, actor } = scope;
  const found = await findProjectWithAssignment(
    em,
    projectId,
    org.id,
    actor.type === 'member' ? actor.id : null,
  );
  if (!found) throw projectNotFound();
  const { project, assigned } = found;
  const role = roleInProject(actor, assigned, project);
  if (!role) throw projectNotFound();
  return { project, assigned, role };
}

export function assertCanInProject(loaded: Pick<LoadedProject, 'role'>, permission: ProjectPermission): void {
  if (!canInProject(loaded.role, permission)) {
    throw new DomainError('PERMISSION_DENIED', `Your project role (${loaded.role}) does not allow this.`, {
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
