import { Membership, type EntityManager } from '@roster/db';

/** Who a usage alert tells: the organization's owner, then its admins, with their addresses. */
export async function alertRecipients(
  em: EntityManager,
  orgId: string,
): Promise<{ userId: string; email: string }[]> {
  const memberships = await em.find(
    Membership,
    { organization: orgId, role: { $in: ['owner', 'admin'] } },
    { populate: ['user'], orderBy: { role: 'desc', createdAt: 'asc', id: 'asc' } },
  );
  return memberships.map((m) => ({ userId: m.user.id, email: m.user.getEntity().email }));
}
