import { Membership, type EntityManager, type User } from '@roster/db';

/** The organization to open after sign-in: the last one used if still a member, else the oldest. */
export async function landingOrganization(em: EntityManager, user: User): Promise<string> {
  const memberships = await em.find(
    Membership,
    { user: user.id },
    { orderBy: { createdAt: 'asc' }, fields: ['organization'] },
  );
  const ids = memberships.map((m) => m.organization.id);
  if (user.lastOrgId && ids.includes(user.lastOrgId)) return user.lastOrgId;
  return ids[0]!;
}
