import { Organization, type EntityManager } from '@roster/db';

/**
 * Serializes changes to one organization's seats: inside a transaction, writing the organization's
 * row holds its lock (PostgreSQL) or the database's write lock (SQLite) until commit, so two
 * requests that each count "members + pending invitations" run one after the other.
 */
export async function lockOrganization(em: EntityManager, orgId: string): Promise<void> {
  await em.nativeUpdate(Organization, { id: orgId }, { updatedAt: new Date() });
}
