import { forkEm, type EntityManager } from '@roster/db';
import type { AuthSession as Session, SessionUser as User } from '@roster/core';
import type { Deps } from '../deps.js';

export interface RequestMeta {
  ip: string;
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

/**
 * The session id from the Cookie header. Read by hand rather than by decoding every cookie:
 * another site's malformed cookie on the same domain must not break Roster's requests.
 */
function readSessionId(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, value] = part.split('=', 2);
    if (key?.trim() === name && value && /^[a-z0-9]+$/.test(value.trim())) return value.trim();
  }
  return null;
}

/** One forked EntityManager per request; the session (if any) validated and its cookie refreshed. */
export async function createContext(deps: Deps, meta: RequestMeta): Promise<Context> {
  const { sessions } = deps;
  const sessionId = readSessionId(meta.cookieHeader, sessions.sessionCookieName);
  let session: Session | null = null;
  let user: User | null = null;
  if (sessionId) {
    ({ session, user } = await sessions.validateSession(sessionId));
    if (!session) meta.setCookie(sessions.createBlankSessionCookie().serialize());
    else if (session.fresh) meta.setCookie(sessions.createSessionCookie(session.id).serialize());
  }
  return { deps, em: forkEm(deps.orm), meta, session, user };
}
