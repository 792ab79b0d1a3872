import { Project, type EntityManager, type InvitationProject } from '@roster/db';
import type { InvitedProjectDto } from './dto.js';

interface WithProjects {
  id: string;
  organization: { id: string };
  projects: InvitationProject[];
}

/**
 * The projects each invitation adds its invitee to, by name and with the role there: only those
 * still live (an archived or deleted project is left out, as acceptance leaves it out). One read
 * for all the invitations given; each list is sorted by name. The bell shows them, as do the invite
 * page and the email: it lives here, below invitations/, so that both may use it.
 */
export async function invitedProjectsOf(
  em: EntityManager,
  invitations: WithProjects[],
): Promise<Map<string, InvitedProjectDto[]>> {
  const ids = [...new Set(invitations.flatMap((i) => i.projects.map((p) => p.projectId)))];
  const live =
    ids.length === 0
      ? []
      : await em.find(
          Project,
          { id: { $in: ids }, archivedAt: null },
          { fields: ['id', 'name', 'organization'] },
        );
  const byId = new Map(live.map((p) => [p.id, p]));
  return new Map(
    invitations.map((invitation) => [
      invitation.id,
      invitation.projects
        .flatMap(({ projectId, role }) => {
          const project = byId.get(projectId);
          if (!project || project.organization.id !== invitation.organization.id) return [];
          return [{ name: project.name, role }];
        })
        .sort((a, b) => a.name.localeCompare(b.name)),
    ]),
  );
}

/** The same for one invitation. */
export async function invitedProjects(
  em: EntityManager,
  invitation: WithProjects,
): Promise<InvitedProjectDto[]> {
  return (await invitedProjectsOf(em, [invitation])).get(invitation.id) ?? [];
}
