import { Project, ProjectMember, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { effectiveProjectRole } from '../permissions/project-table.js';
import { seesProject } from './access.js';

/**
 * The ids of the organization's projects this member sees, by the rule `project.list` follows:
 * owners and admins see every one, others those open to the organization or assigned to them,
 * archived ones not. Whatever names a project elsewhere (an invitation's pre-assignments) is
 * filtered by it, so a hidden project's id never reaches someone who cannot open it.
 */
export async function visibleProjectIds(
  em: EntityManager,
  membership: MembershipWithOrg,
): Promise<Set<string>> {
  const orgId = membership.org.id;
  const [projects, assignments] = await Promise.all([
    em.find(Project, { organization: orgId }, { fields: ['id', 'visibility', 'archivedAt'] }),
    em.find(ProjectMember, { organization: orgId, user: membership.userId }, { fields: ['project', 'role'] }),
  ]);
  const assigned = new Map(assignments.map((a) => [a.project.id, a.role]));
  const visible = projects.filter((project) =>
    seesProject(
      membership.role,
      effectiveProjectRole(membership.role, assigned.get(project.id), project.visibility),
      project,
    ),
  );
  return new Set(visible.map((p) => p.id));
}
