import { Organization, Project, ProjectMember, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { can } from '../permissions/table.js';
import { effectiveProjectRole } from '../permissions/project-table.js';
import { assertActive, assertCanInProject, loadProject, seesProject, type ProjectAccess } from './access.js';
import { toProjectDto, type ProjectDto } from './dto.js';
import { countProjectMembers } from './member-counts.js';
import type {
  ArchiveProjectInput,
  CreateProjectInput,
  ListProjectsInput,
  ProjectInput,
  UpdateProjectInput,
} from './schemas.js';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The projects the caller sees, with their effective role and member count: the Library first,
 * then by name. Archived ones only on request, and only for owners and admins.
 */
export async function listProjects(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: ListProjectsInput,
): Promise<ProjectDto[]> {
  const orgId = membership.org.id;
  const archived = input.includeArchived === true && can(membership.role, 'project.manage');
  const [projects, assignments, counts] = await Promise.all([
    em.find(Project, { organization: orgId, ...(archived ? {} : { archivedAt: null }) }),
    em.find(ProjectMember, { organization: orgId, user: membership.userId }, { fields: ['project', 'role'] }),
    countProjectMembers(em, orgId),
  ]);
  const assigned = new Map(assignments.map((a) => [a.project.id, a.role]));
  return projects
    .flatMap((project) => {
      const role = effectiveProjectRole(membership.role, assigned.get(project.id), project.visibility);
      if (!seesProject(membership.role, role, project)) return [];
      return [toProjectDto(project, role, counts.get(project.id) ?? 0)];
    })
    .sort(
      (a, b) =>
        Number(b.isLibrary) - Number(a.isLibrary) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
}

async function toDto(em: EntityManager, access: ProjectAccess): Promise<ProjectDto> {
  const counts = await countProjectMembers(em, access.project.organization.id, access.project.id);
  return toProjectDto(access.project, access.role, counts.get(access.project.id) ?? 0);
}

/** One project the caller sees (the project's page). */
export async function getProject(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: ProjectInput,
): Promise<ProjectDto> {
  return toDto(em, await loadProject(em, membership, input.projectId));
}

/** Owners and admins create projects; they manage every project without being assigned. */
export async function createProject(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: CreateProjectInput,
): Promise<ProjectDto> {
  assertCan(membership.role, 'project.manage');
  const project = em.create(Project, {
    organization: em.getReference(Organization, membership.org.id),
    name: input.name,
    description: input.description ?? '',
    visibility: input.visibility,
  });
  await em.flush();
  return toProjectDto(project, 'manager', 0);
}

/**
 * Name and description: the project's managers (owners and admins are managers of every project).
 * Visibility: owners and admins only, never the Library's.
 */
export async function updateProject(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: UpdateProjectInput,
): Promise<ProjectDto> {
  const access = await loadProject(em, membership, input.projectId);
  const { project } = access;
  assertCanInProject(access, 'project.manage');
  const visibilityChanges = input.visibility !== undefined && input.visibility !== project.visibility;
  if (visibilityChanges) assertCan(membership.role, 'project.manage');
  assertActive(project);
  if (visibilityChanges && project.isLibrary) {
    throw new DomainError(
      'LIBRARY_PROJECT_FIXED',
      'The Library is always visible to the whole organization.',
      {
        field: 'visibility',
      },
    );
  }
  if (input.name !== undefined) project.name = input.name;
  if (input.description !== undefined) project.description = input.description;
  if (input.visibility !== undefined) project.visibility = input.visibility;
  await em.flush();
  return toDto(em, access);
}

/** Owners and admins archive a project (read-only from then on) or restore it. Never the Library. */
export async function archiveProject(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: ArchiveProjectInput,
): Promise<ProjectDto> {
  assertCan(membership.role, 'project.manage');
  const access = await loadProject(em, membership, input.projectId);
  const { project } = access;
  const archive = input.archived ?? true;
  if (archive && project.isLibrary) {
    throw new DomainError('LIBRARY_PROJECT_FIXED', 'The Library cannot be archived.');
  }
  if (archive && !project.archivedAt) project.archivedAt = new Date();
  if (!archive) project.archivedAt = null;
  await em.flush();
  return toDto(em, access);
}
