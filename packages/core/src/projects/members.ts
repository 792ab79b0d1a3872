import { Membership, ProjectMember, User, isUniqueViolation } from '@roster/db';
import { DomainError } from '../errors.js';
import { transact, type Scope } from '../scope.js';
import { lockUser } from '../users/lock.js';
import type { ProjectMemberDto } from './dto.js';
import { assertActive, assertCanInProject, loadProject, type LoadedProject } from './load.js';
import { toProjectMemberDtos } from './member-dto.js';
import type {
  AddProjectMemberInput,
  ProjectInput,
  ProjectMemberInput,
  UpdateProjectMemberInput,
} from './schemas.js';

function projectMemberNotFound(): DomainError {
  return new DomainError('PROJECT_MEMBER_NOT_FOUND', 'This person is not a member of the project.');
}

/** The members assigned to a project; everyone who sees the project sees them. */
export async function listProjectMembers(scope: Scope, input: ProjectInput): Promise<ProjectMemberDto[]> {
  const { project } = await loadProject(scope, input.projectId);
  const assignments = await scope.em.find(ProjectMember, { project: project.id }, { populate: ['user'] });
  return toProjectMemberDtos(scope.em, project, assignments);
}

/** A change to a project's members: its managers only, and only while it is active. */
async function loadForMemberChange(scope: Scope, projectId: string): Promise<LoadedProject> {
  const loaded = await loadProject(scope, projectId);
  assertCanInProject(loaded, 'project.manage');
  assertActive(loaded.project);
  return loaded;
}

async function one(scope: Scope, loaded: LoadedProject, member: ProjectMember): Promise<ProjectMemberDto> {
  const [dto] = await toProjectMemberDtos(scope.em, loaded.project, [member]);
  if (!dto) throw projectMemberNotFound();
  return dto;
}

/**
 * Adds a member of the organization (never anyone else) to the project with a role. The person's
 * row is locked first, in the same transaction as the membership check, as removing them from the
 * organization does: a removal either finishes before the check (the add answers MEMBER_NOT_FOUND
 * and writes nothing) or waits for the assignment and then deletes it with the membership.
 */
export async function addProjectMember(
  scope: Scope,
  input: AddProjectMemberInput,
): Promise<ProjectMemberDto> {
  const loaded = await loadForMemberChange(scope, input.projectId);
  const { project } = loaded;
  const exists = () =>
    new DomainError('PROJECT_MEMBER_EXISTS', 'This person is already a member of the project.', {
      field: 'userId',
    });
  const member = await transact(scope, async (tx) => {
    await lockUser(tx.em, input.userId);
    if (!(await tx.em.count(Membership, { organization: tx.org.id, user: input.userId }))) {
      throw new DomainError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.', {
        field: 'userId',
      });
    }
    if (await tx.em.count(ProjectMember, { project: project.id, user: input.userId })) throw exists();
    const added = tx.em.create(ProjectMember, {
      project,
      organization: project.organization,
      user: tx.em.getReference(User, input.userId),
      role: input.role,
    });
    try {
      await tx.em.flush();
    } catch (error) {
      if (isUniqueViolation(error)) throw exists();
      throw error;
    }
    await tx.record('project.member_added', {
      projectId: project.id,
      userId: input.userId,
      role: input.role,
    });
    return added;
  });
  return one(scope, loaded, member);
}

async function findAssignment(scope: Scope, loaded: LoadedProject, userId: string): Promise<ProjectMember> {
  const member = await scope.em.findOne(
    ProjectMember,
    { project: loaded.project.id, user: userId },
    { populate: ['user'] },
  );
  if (!member) throw projectMemberNotFound();
  return member;
}

/** Changes an assigned member's project role (the project's managers, while it is active). */
export async function updateProjectMemberRole(
  scope: Scope,
  input: UpdateProjectMemberInput,
): Promise<ProjectMemberDto> {
  return transact(scope, async (tx) => {
    const loaded = await loadForMemberChange(tx, input.projectId);
    const member = await findAssignment(tx, loaded, input.userId);
    const previousRole = member.role;
    if (input.role !== previousRole) {
      member.role = input.role;
      await tx.em.flush();
      await tx.record('project.member_role_changed', {
        projectId: loaded.project.id,
        userId: input.userId,
        role: input.role,
        previousRole,
      });
    }
    return one(tx, loaded, member);
  });
}

/** Takes someone off a project (the project's managers, while it is active). */
export async function removeProjectMember(scope: Scope, input: ProjectMemberInput): Promise<void> {
  await transact(scope, async (tx) => {
    const loaded = await loadForMemberChange(tx, input.projectId);
    const deleted = await tx.em.nativeDelete(ProjectMember, {
      project: loaded.project.id,
      user: input.userId,
    });
    if (deleted === 0) throw projectMemberNotFound();
    await tx.record('project.member_removed', { projectId: loaded.project.id, userId: input.userId });
  });
}
