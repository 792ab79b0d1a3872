import type { EntityManager } from '@roster/db';

/**
 * How many members of the organization are assigned to each of its projects (or to one), in one
 * query. Assignments of people no longer in the organization are not counted.
 */
export async function countProjectMembers(
  em: EntityManager,
  orgId: string,
  projectId?: string,
): Promise<Map<string, number>> {
  const rows = await em.execute<{ project_id: string; members: number | string }[]>(
    `select pm.project_id, count(*) as members
       from project_members pm
       join memberships m on m.organization_id = pm.organization_id and m.user_id = pm.user_id
      where pm.organization_id = ?${projectId ? ' and pm.project_id = ?' : ''}
      group by pm.project_id`,
    projectId ? [orgId, projectId] : [orgId],
  );
  return new Map(rows.map((r) => [r.project_id, Number(r.members)]));
}
