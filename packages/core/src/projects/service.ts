import { Organization, Project } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import { can } from '../permissions/table.js';
import { transact, type Scope } from '../scope.js';
import { toProjectDto, type ProjectDto } from './dto.js';
import {
  assertActive,
  assertCanInProject,
  assignedRoles,
  loadProject,
  roleInProject,
  type LoadedProject,
} from './load.js';
import { countProjectMembers } from './member-counts.js';
import type {
  ArchiveProjectInput,
  CreateProjectInput,
  ListProjectsInput,
  ProjectInput,
  UpdateProjectInput,
} from './schemas.js';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Whether the scope's actor may manage every project (owners, admins, Roster itself). */
function managesProjects({ actor }: Scope): boolean {
  return actor.type === 'system' || (actor.type === 'member' && can(actor.role, 'project.manage'));
}

/**
 * The projects the caller sees, with their effective role and member count: the Library first,
 * then by name. Archived ones only on request, and only for owners and admins.
 */
export async function listProjects(scope: Scope, input: ListProjectsInput): Promise<ProjectDto[]> {
  const { em, org, actor } = scope;
  const archived = input.includeArchived === true && managesProjects(scope);
  const [projects, assigned, counts] = await Promise.all([
    em.find(Project, { organization: org.id, ...(archived ? {} : { archivedAt: null }) }),
    assignedRoles(em, org.id, actor),
    countProjectMembers(em, org.id),
  ]);
  return projects
    .flatMap((project) => {
      const role = roleInProject(actor, assigned.get(project.id), project);
      return role ? [toProjectDto(project, role, counts.get(project.id) ?? 0)] : [];
    })
    .sort(
      (a, b) =>
        Number(b.isLibrary) - Number(a.isLibrary) || byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
}

async function toDto(scope: Scope, loaded: LoadedProject): Promise<ProjectDto> {
  const counts = await countProjectMembers(scope.em, scope.org.id, loaded.project.id);
  return toProjectDto(loaded.project, loaded.role, counts.get(loaded.project.id) ?? 0);
}

/** One project the caller sees (the project's page). */
export async function getProject(scope: Scope, input: ProjectInput): Promise<ProjectDto> {
  return toDto(scope, await loadProject(scope, input.projectId));
}

/** Owners and admins create projects; they manage every project without being assigned. */
export async function createProject(scope: Scope, input: CreateProjectInput): Promise<ProjectDto> {
  assertCan(scope, 'project.manage');
  return transact(scope, async (tx) => {
    const project = tx.em.create(Project, {
      organization: tx.em.getReference(Organization, tx.org.id),
      name: input.name,
      description: input.description ?? '',
      visibility: input.visibility,
    });
    await tx.em.flush();
    await tx.record('project.created', {
      projectId: project.id,
      name: project.name,
      visibility: project.visibility,
    });
    return toProjectDto(project, 'manager', 0);
  });
}

/**
 * Name and description: the project's managers (owners and admins are managers of every project).
 * Visibility: owners and admins only, never the Library's.
 */
export async function updateProject(scope: Scope, input: UpdateProjectInput): Promise<ProjectDto> {
  return transact(scope, async (tx) => {
    const loaded = await loadProject(tx, input.projectId);
    const { project } = loaded;
    assertCanInProject(loaded, 'project.manage');
    const visibilityChanges = input.visibility !== undefined && input.visibility !== project.visibility;
    if (visibilityChanges) assertCan(tx, 'project.manage');
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
    const changes: { name?: string; description?: string; visibility?: Project['visibility'] } = {};
    if (input.name !== undefined && input.name !== project.name) changes.name = input.name;
    if (input.description !== undefined && input.description !== project.description)
      changes.description = input.description;
    if (visibilityChanges) changes.visibility = input.visibility;
    if (Object.keys(changes).length > 0) {
      Object.assign(project, changes);
      await tx.em.flush();
      await tx.record('project.updated', { projectId: project.id, changes });
    }
    return toDto(tx, loaded);
  });
}

/** Owners and admins archive a project (read-only from then on) or restore it. Never the Library. */
export async function archiveProject(scope: Scope, input: ArchiveProjectInput): Promise<ProjectDto> {
  assertCan(scope, 'project.manage');
  return transact(scope, async (tx) => {
    const loaded = await loadProject(tx, input.projectId);
    const { project } = loaded;
    const archive = input.archived ?? true;
    if (archive && project.isLibrary) {
      throw new DomainError('LIBRARY_PROJECT_FIXED', 'The Library cannot be archived.');
    }
    if (archive && !project.archivedAt) {
      project.archivedAt = tx.now;
      await tx.em.flush();
      await tx.record('project.archived', { projectId: project.id });
    } else if (!archive && project.archivedAt) {
      project.archivedAt = null;
      await tx.em.flush();
      await tx.record('project.restored', { projectId: project.id });
    }
    return toDto(tx, loaded);
  });
}
