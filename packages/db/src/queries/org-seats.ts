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
