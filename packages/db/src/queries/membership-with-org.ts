import type { InvitationExpiry, Plan } from '../entities/organization.entity.js';
import type { OrgRole } from '../entities/membership.entity.js';
import type { EntityManager } from '../orm.js';

export interface MembershipWithOrg {
  userId: string;
  role: OrgRole;
  /**
   * `limits` is the operator's overrides as stored (an object on PostgreSQL, JSON text on SQLite,
   * or null): core parses it and applies it to the plan's limits.
   */
  org: { id: string; name: string; plan: Plan; invitationExpiry: InvitationExpiry; limits: unknown };
}

/** A user's membership in an organization, with the organization, in one query (every org request). */
export async function findMembershipWithOrg(
  em: EntityManager,
  userId: string,
  orgId: string,
): Promise<MembershipWithOrg | null> {
  const [row] = await em.execute<Row[]>(
    `select m.role, o.id, o.name, o.plan, o.invitation_expiry, o.limits
       from memberships m join organizations o on o.id = m.organization_id
      where m.user_id = ? and m.organization_id = ?`,
    [userId, orgId],
  );
  if (!row) return null;
  return {
    userId,
    role: row.role,
    org: {
      id: row.id,
      name: row.name,
      plan: row.plan,
      invitationExpiry: row.invitation_expiry,
      limits: row.limits,
    },
  };
}

interface Row {
  role: OrgRole;
  id: string;
  name: string;
  plan: Plan;
  invitation_expiry: InvitationExpiry;
  limits: unknown;
}
