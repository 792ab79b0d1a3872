import type { EntityManager } from '../orm.js';
import { toDate } from './dates.js';

export interface SessionWithUser {
  userId: string;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  /** When the session was last marked as used (null: not since the column exists). */
  lastSeenAt: Date | null;
  email: string;
  name: string;
  lastOrgId: string | null;
  emailVerifiedAt: Date | null;
}

/**
 * The session (by the hash of its id) and its user, in one query. This runs on every signed-in
 * request, so it reads plain rows instead of hydrating entities.
 */
export async function findSessionWithUser(
  em: EntityManager,
  sessionIdHash: string,
): Promise<SessionWithUser | null> {
  const [row] = await em.execute<Row[]>(
    `select s.expires_at, s.absolute_expires_at, s.last_seen_at, u.id, u.email, u.name, u.last_org_id, u.email_verified_at
       from sessions s join users u on u.id = s.user_id
      where s.id = ?`,
    [sessionIdHash],
  );
  if (!row) return null;
  return {
    userId: row.id,
    expiresAt: toDate(row.expires_at),
    absoluteExpiresAt: toDate(row.absolute_expires_at),
    lastSeenAt: row.last_seen_at === null ? null : toDate(row.last_seen_at),
    email: row.email,
    name: row.name,
    lastOrgId: row.last_org_id,
    emailVerifiedAt: row.email_verified_at === null ? null : toDate(row.email_verified_at),
  };
}

interface Row {
  id: string;
  email: string;
  name: string;
  last_org_id: string | null;
  email_verified_at: Date | number | string | null;
  expires_at: Date | number | string;
  absolute_expires_at: Date | number | string;
  last_seen_at: Date | number | string | null;
}
