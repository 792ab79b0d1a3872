import { forkEm, type EntityManager } from '@roster/db';
import { isLastSeenStale, markSessionSeen } from '@roster/core';
import type { AuthSession as Session, SessionUser as User } from '@roster/core';
import type { Deps } from '../deps.js';
import { readCookies } from './cookies.js';

export interface RequestMeta {
  ip: string;
  /** The User-Agent header: kept with a new session, to name its device in the session list. */
  userAgent?: string | undefined;
  /** The Origin header of the request, when a browser sent one. */
  origin: string | undefined;
  /** Sec-Fetch-Site, which browsers send on every request. */
  fetchSite: string | undefined;
  cookieHeader: string | undefined;
  setCookie(serialized: string): void;
}

export interface Context {
  deps: Deps;
  em: EntityManager;
  meta: RequestMeta;
  session: Session | null;
  user: User | null;
}

/** A session id as Lucia makes them: anything else is not looked up. */
const sessionIdPattern = /^[a-z0-9]{1,64}$/;

/**
 * One forked EntityManager per request; the session (if any) validated and its cookie refreshed.
 * Of several session cookies (one set for a parent domain, say), the first valid one is used.
 * A session's "last seen" (and IP) is written when a few minutes old, never on every request.
 */
export async function createContext(deps: Deps, meta: RequestMeta): Promise<Context> {
  const { sessions } = deps;
  const sessionIds = readCookies(meta.cookieHeader, sessions.sessionCookieName, sessionIdPattern);
  let session: Session | null = null;
  let user: User | null = null;
  for (const sessionId of sessionIds) {
    ({ session, user } = await sessions.validateSession(sessionId));
    if (session) break;
  }
  if (sessionIds.length > 0 && !session) meta.setCookie(sessions.createBlankSessionCookie().serialize());
  else if (session?.fresh) meta.setCookie(sessions.createSessionCookie(session.id).serialize());
  const em = forkEm(deps.orm);
  const now = new Date();
  if (session && isLastSeenStale(session.lastSeenAt ?? null, now)) {
    // Bookkeeping for the session list: a write that fails (the database busy) must not fail the request.
    await markSessionSeen(em, session.id, { ip: meta.ip, now }).catch(() => undefined);
  }
  return { deps, em, meta, session, user };
}
