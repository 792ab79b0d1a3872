import {
  Membership,
  ProjectMember,
  User,
  isUniqueViolation,
  type EntityManager,
  type MembershipWithOrg,
} from '@roster/db';
import { DomainError } from '../errors.js';
import { lockUser } from '../users/lock.js';
import { assertActive, assertCanInProject, loadProject, type ProjectAccess } from './access.js';
import type { ProjectMemberDto } from './dto.js';
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
export async function listProjectMembers(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: ProjectInput,
): Promise<ProjectMemberDto[]> {
  const { project } = await loadProject(em, membership, input.projectId);
  const assignments = await em.find(ProjectMember, { project: project.id }, { populate: ['user'] });
  return toProjectMemberDtos(em, project, assignments);
}

/** A change to a project's members: its managers only, and only while it is active. */
async function loadForMemberChange(
  em: EntityManager,
  membership: MembershipWithOrg,
  projectId: string,
): Promise<ProjectAccess> {
  const access = await loadProject(em, membership, projectId);
  assertCanInProject(access, 'project.manage');
  assertActive(access.project);
  return access;
}

async function one(
  em: EntityManager,
  access: ProjectAccess,
  member: ProjectMember,
): Promise<ProjectMemberDto> {
  const [dto] = await toProjectMemberDtos(em, access.project, [member]);
  if (!dto) throw projectMemberNotFound();
  return dto;
}

/**
 * Adds a member of the organization (never anyone else) to the project with a role. The person's
 * row is locked first, as removing them from the organization does: a removal either finishes
 * before the membership check (the add answers MEMBER_NOT_FOUND and writes nothing) or waits for
 * the assignment and then deletes it with the membership.
 */
export async function addProjectMember(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: AddProjectMemberInput,
): Promise<ProjectMemberDto> {
  const access = await loadForMemberChange(em, membership, input.projectId);
  const orgId = membership.org.id;
  const exists = () =>
    new DomainError('PROJECT_MEMBER_EXISTS', 'This person is already a member of the project.', {
      field: 'userId',
    });
  const member = await em.transactional(async (tx) => {
    await lockUser(tx, input.userId);
    if (!(await tx.count(Membership, { organization: orgId, user: input.userId }))) {
      throw new DomainError('MEMBER_NOT_FOUND', 'This person is not a member of the organization.', {
        field: 'userId',
      });
    }
    if (await tx.count(ProjectMember, { project: access.project.id, user: input.userId })) throw exists();
    const added = tx.create(ProjectMember, {
      project: access.project,
      organization: access.project.organization,
      user: tx.getReference(User, input.userId),
      role: input.role,
    });
    try {
      await tx.flush();
    } catch (error) {
      if (isUniqueViolation(error)) throw exists();
      throw error;
    }
    return added;
  });
  return one(em, access, member);
}

async function findAssignment(em: EntityManager, access: ProjectAccess, userId: string) {
  const member = await em.findOne(
    ProjectMember,
    { project: access.project.id, user: userId },
    { populate: ['user'] },
  );
  if (!member) throw projectMemberNotFound();
  return member;
}

export async function updateProjectMemberRole(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: UpdateProjectMemberInput,
): Promise<ProjectMemberDto> {
  const access = await loadForMemberChange(em, membership, input.projectId);
  const member = await findAssignment(em, access, input.userId);
  member.role = input.role;
  await em.flush();
  return one(em, access, member);
}

export async function removeProjectMember(
  em: EntityManager,
  membership: MembershipWithOrg,
  input: ProjectMemberInput,
): Promise<void> {
  const access = await loadForMemberChange(em, membership, input.projectId);
  const deleted = await em.nativeDelete(ProjectMember, { project: access.project.id, user: input.userId });
  if (deleted === 0) throw projectMemberNotFound();
}
