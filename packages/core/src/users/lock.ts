import { User, type EntityManager } from '@roster/db';

/**
 * Serializes changes to one user's organizations: inside a transaction, writing the user's row
 * holds its lock (PostgreSQL) or the database's write lock (SQLite) until commit, so two requests
 * that would each check "how many organizations does this user own / belong to" run one at a time.
 */
export async function lockUser(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(User, { id: userId }, { updatedAt: new Date() });
}
