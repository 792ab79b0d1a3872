import { Project, ProjectMember, type EntityManager, type InvitationProject } from '@roster/db';
import { DomainError } from '../errors.js';

/** The projects an invitation pre-assigns must be live projects of the inviting organization. */
export async function assertInvitableProjects(
  em: EntityManager,
  orgId: string,
  projects: InvitationProject[],
): Promise<void> {
  if (projects.length === 0) return;
  const found = await em.count(Project, {
    id: { $in: projects.map((p) => p.projectId) },
    organization: orgId,
    archivedAt: null,
  });
  if (found !== projects.length) {
    throw new DomainError('PROJECT_NOT_FOUND', 'One of the chosen projects does not exist or is archived.', {
      field: 'projects',
    });
  }
}

/** On acceptance: adds the user to the invitation's projects that still exist and are not archived. */
export async function joinInvitedProjects(
  em: EntityManager,
  orgId: string,
  userId: string,
  projects: InvitationProject[],
): Promise<void> {
  if (projects.length === 0) return;
  const live = await em.find(
    Project,
    { id: { $in: projects.map((p) => p.projectId) }, organization: orgId, archivedAt: null },
    { fields: ['id'] },
  );
  const already = new Set(
    (await em.find(ProjectMember, { user: userId, project: { $in: live.map((p) => p.id) } })).map(
      (m) => m.project.id,
    ),
  );
  for (const project of live) {
    if (already.has(project.id)) continue;
    const role = projects.find((p) => p.projectId === project.id)!.role;
    em.create(ProjectMember, { project: project.id, organization: orgId, user: userId, role });
  }
}
