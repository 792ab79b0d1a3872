import { Session, type EntityManager } from '@roster/db';
import { hashSessionId } from './session-adapter.js';

/** How stale a session's "last seen" may get: it is written at most this often, never per request. */
export const lastSeenIntervalMs = 5 * 60 * 1000;

/** Whether a session last seen at `lastSeenAt` is due a new mark. */
export function isLastSeenStale(lastSeenAt: Date | null, now: Date): boolean {
  return lastSeenAt === null || now.getTime() - lastSeenAt.getTime() >= lastSeenIntervalMs;
}

/**
 * Marks a session as used now, from `ip`. The update is conditional on the mark being stale, so
 * parallel requests of one session write it once.
 */
export async function markSessionSeen(
  em: EntityManager,
  sessionId: string,
  { ip, now }: { ip: string; now: Date },
): Promise<void> {
  const staleBefore = new Date(now.getTime() - lastSeenIntervalMs);
  await em.nativeUpdate(
    Session,
    { id: hashSessionId(sessionId), $or: [{ lastSeenAt: null }, { lastSeenAt: { $lte: staleBefore } }] },
    { lastSeenAt: now, ip },
  );
}
