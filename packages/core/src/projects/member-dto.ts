import { Membership, type EntityManager, type Project, type ProjectMember } from '@roster/db';
import { effectiveProjectRole } from '../permissions/project-table.js';
import type { ProjectMemberDto } from './dto.js';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Project members as the members list shows them, ordered by name then email. Assignments of
 * people who are no longer in the organization are left out.
 */
export async function toProjectMemberDtos(
  em: EntityManager,
  project: Project,
  assignments: ProjectMember[],
): Promise<ProjectMemberDto[]> {
  if (assignments.length === 0) return [];
  await em.populate(assignments, ['user']);
  const memberships = await em.find(
    Membership,
    { organization: project.organization.id, user: { $in: assignments.map((a) => a.user.id) } },
    { fields: ['user', 'role'] },
  );
  const orgRoles = new Map(memberships.map((m) => [m.user.id, m.role]));
  return assignments
    .flatMap((assignment) => {
      const orgRole = orgRoles.get(assignment.user.id);
      if (!orgRole) return [];
      const user = assignment.user.getEntity();
      const effectiveRole =
        effectiveProjectRole(orgRole, assignment.role, project.visibility) ?? assignment.role;
      return [
        {
          userId: user.id,
          name: user.name,
          email: user.email,
          orgRole,
          role: assignment.role,
          effectiveRole,
          addedAt: assignment.createdAt.toISOString(),
        },
      ];
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.email.localeCompare(b.email));
}
