import { Project } from '@roster/db';
import type { Scope } from '../scope.js';
import { assignedRoles, roleInProject } from './load.js';

/**
 * The ids of the organization's projects the scope's actor sees, by the rule `project.list`
 * follows: owners and admins see every one, other members those open to the organization or
 * assigned to them, archived ones not. Whatever names a project elsewhere (an invitation's
 * pre-assignments) is filtered by it, so a hidden project's id never reaches someone who cannot
 * open it.
 */
export async function visibleProjectIds(scope: Scope): Promise<Set<string>> {
  const { em, org, actor } = scope;
  const [projects, assigned] = await Promise.all([
    em.find(Project, { organization: org.id }, { fields: ['id', 'visibility', 'archivedAt'] }),
    assignedRoles(em, org.id, actor),
  ]);
  const visible = projects.filter((project) => roleInProject(actor, assigned.get(project.id), project));
  return new Set(visible.map((p) => p.id));
}
