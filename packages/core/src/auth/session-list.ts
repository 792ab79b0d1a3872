import { Session } from '@roster/db';
import { hashSessionId } from './session-adapter.js';
import { DomainError } from '../errors.js';
import { transact, type AccountScope } from '../scope.js';
import { signedInUser } from '../users/signed-in.js';
import { describeDevice } from '../account/device.js';
import type { EndedSessionsDto, SessionDto } from '../account/dto.js';
import type { EndSessionInput } from './schemas.js';

/**
 * `account.sessions`: where the signed-in person is signed in, this device first, then by when
 * each was last used. `currentSessionId` is the cookie's id (the list names sessions by its hash).
 */
export async function listSessions(scope: AccountScope, currentSessionId: string): Promise<SessionDto[]> {
  const actor = signedInUser(scope);
  const current = hashSessionId(currentSessionId);
  const rows = await scope.em.find(Session, {
    user: actor.id,
    expiresAt: { $gt: scope.now },
    absoluteExpiresAt: { $gt: scope.now },
  });
  const lastSeen = (row: Session) => (row.lastSeenAt ?? row.createdAt).getTime();
  return rows
    .sort((a, b) => Number(b.id === current) - Number(a.id === current) || lastSeen(b) - lastSeen(a))
    .map((row) => ({
      id: row.id,
      current: row.id === current,
      ...describeDevice(row.userAgent),
      ip: row.ip,
      lastSeenAt: new Date(lastSeen(row)).toISOString(),
      createdAt: row.createdAt.toISOString(),
    }));
}

/**
 * `account.endSession`: signs out one other session of the signed-in person. Another person's
 * session answers as a missing one (SESSION_NOT_FOUND); this one is ended by signing out.
 */
export async function endSession(
  scope: AccountScope,
  { sessionId }: EndSessionInput,
  currentSessionId: string,
): Promise<void> {
  const actor = signedInUser(scope);
  if (sessionId === hashSessionId(currentSessionId)) {
    throw new DomainError('INVALID_INPUT', 'This is the session you are using: sign out instead.');
  }
  const ended = await transact(scope, (tx) => tx.em.nativeDelete(Session, { id: sessionId, user: actor.id }));
  if (ended === 0) throw new DomainError('SESSION_NOT_FOUND', 'This session has already ended.');
}

/** `account.endOtherSessions`: signs out every session of the person but this one. */
export async function endOtherSessions(
  scope: AccountScope,
  currentSessionId: string,
): Promise<EndedSessionsDto> {
  const actor = signedInUser(scope);
  const endedSessions = await transact(scope, (tx) =>
    tx.em.nativeDelete(Session, { user: actor.id, id: { $ne: hashSessionId(currentSessionId) } }),
  );
  return { endedSessions };
}
