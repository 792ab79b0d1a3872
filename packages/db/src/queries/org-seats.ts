import type { EntityManager } from '../orm.js';

export interface OrgSeats {
  members: number;
  ownerId: string;
}

/** How many members an organization has, and who owns it, in one query. */
export async function findOrgSeats(em: EntityManager, orgId: string): Promise<OrgSeats> {
  const [row] = await em.execute<{ members: number | string; owner_id: string }[]>(
    `select count(*) as members, max(case when role = 'owner' then cast(user_id as text) end) as owner_id
       from memberships where organization_id = ?`,
    [orgId],
  );
  return { members: Number(row!.members), ownerId: row!.owner_id };
}
