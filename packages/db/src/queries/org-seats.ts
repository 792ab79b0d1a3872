import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EntityManager } from '../orm.js';

export interface OrgSeats {
  /** Members plus pending, unexpired invitations: what counts against the plan's seats. */
  used: number;
  members: number;
  pendingInvitations: number;
  ownerId: string;
}

/** A timestamp as a raw query parameter: a Date on PostgreSQL, epoch milliseconds on SQLite. */
export function dateParam(em: EntityManager, date: Date): Date | number {
  return em.config.get('driver') === PostgreSqlDriver ? date : date.getTime();
}

/** Seats in use and the owner, in one query. */
export async function findOrgSeats(em: EntityManager, orgId: string): Promise<OrgSeats> {
  const [row] = await em.execute<
    { members: number | string; invitations: number | string; owner_id: string }[]
  >(
    `select (select count(*) from memberships where organization_id = ?) as members,
            (select cast(user_id as text) from memberships where organization_id = ? and role = 'owner') as owner_id,
            (select count(*) from invitations where organization_id = ? and state = 'pending'
                and (expires_at is null or expires_at > ?)) as invitations`,
    [orgId, orgId, orgId, dateParam(em, new Date())],
  );
  const members = Number(row!.members);
  const pendingInvitations = Number(row!.invitations);
  return { used: members + pendingInvitations, members, pendingInvitations, ownerId: row!.owner_id };
}

/**
 * Seats in use (members plus pending, unexpired invitations) of every organization `userId` belongs
 * to, by organization id: one grouped query, however many organizations.
 */
export async function findSeatsOfUserOrgs(em: EntityManager, userId: string): Promise<Map<string, number>> {
  const mine = 'select organization_id from memberships where user_id = ?';
  const rows = await em.execute<{ org_id: string; used: number | string }[]>(
    `select org_id, sum(n) as used from (
       select cast(organization_id as text) as org_id, count(*) as n from memberships
        where organization_id in (${mine}) group by organization_id
       union all
       select cast(organization_id as text) as org_id, count(*) as n from invitations
        where organization_id in (${mine}) and state = 'pending' and (expires_at is null or expires_at > ?)
        group by organization_id
     ) seats group by org_id`,
    [userId, userId, dateParam(em, new Date())],
  );
  return new Map(rows.map((row) => [row.org_id, Number(row.used)]));
}
