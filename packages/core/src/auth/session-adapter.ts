import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';
import { Session, User, findSessionWithUser, forkEm } from '@roster/db';

/** Sessions end 90 days after sign-in, however active they are. */
export const absoluteSessionLifetimeMs = 90 * 24 * 60 * 60 * 1000;

/** The cookie holds the session id; the database holds only its SHA-256. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * Lucia v3 adapter over MikroORM. Besides storage it keeps the absolute lifetime: an expiry is
 * never extended past `absoluteExpiresAt`, so the sliding refresh cannot keep a session forever.
 */
export class MikroOrmSessionAdapter implements Adapter {
  constructor(private readonly orm: MikroORM) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const found = await findSessionWithUser(forkEm(this.orm), hashSessionId(sessionId));
    if (!found) return [null, null];
    const { userId, email, name, lastOrgId, lastSeenAt } = found;
    const emailVerified = found.emailVerifiedAt !== null;
    const expiresAt = new Date(Math.min(found.expiresAt.getTime(), found.absoluteExpiresAt.getTime()));
    return [
      { id: sessionId, userId, expiresAt, attributes: { userAgent: null, ip: null, lastSeenAt } },
      { id: userId, attributes: { email, name, lastOrgId, emailVerified } },
    ];
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const sessions = await forkEm(this.orm).find(Session, { user: userId });
    // Only hashes are stored: the ids returned here cannot be turned back into cookies.
    return sessions.map(({ id, expiresAt, userAgent, ip, lastSeenAt }) => ({
      id,
      userId,
      expiresAt,
      attributes: { userAgent, ip, lastSeenAt },
    }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    const em = forkEm(this.orm);
    const now = new Date();
    const absoluteExpiresAt = new Date(now.getTime() + absoluteSessionLifetimeMs);
    const { userAgent, ip } = session.attributes;
    em.create(Session, {
      id: hashSessionId(session.id),
      user: em.getReference(User, session.userId),
      expiresAt: new Date(Math.min(session.expiresAt.getTime(), absoluteExpiresAt.getTime())),
      absoluteExpiresAt,
      createdAt: now,
      userAgent: userAgent?.slice(0, 512) ?? null,
      ip: ip ?? null,
      lastSeenAt: now,
    });
    await em.flush();
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    const em = forkEm(this.orm);
    const session = await em.findOne(Session, { id: hashSessionId(sessionId) });
    if (!session) return;
    session.expiresAt = new Date(Math.min(expiresAt.getTime(), session.absoluteExpiresAt.getTime()));
    await em.flush();
  }

  async deleteSession(sessionId: string): Promise<void> {
    await forkEm(this.orm).nativeDelete(Session, { id: hashSessionId(sessionId) });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await forkEm(this.orm).nativeDelete(Session, { user: userId });
  }

  async deleteExpiredSessions(): Promise<void> {
    const now = new Date();
    await forkEm(this.orm).nativeDelete(Session, {
      $or: [{ expiresAt: { $lte: now } }, { absoluteExpiresAt: { $lte: now } }],
    });
  }
}
