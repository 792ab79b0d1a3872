import type { MikroORM } from '@mikro-orm/core';
import { Lucia, TimeSpan } from 'lucia';
import { MikroOrmSessionAdapter } from './session-adapter.js';

export const sessionCookieName = 'roster_session';

/** Lucia v3 with Roster's rules: 30-day idle expiry (sliding), httpOnly, SameSite=Lax, Secure over https. */
export function createSessions(orm: MikroORM, options: { secure: boolean }) {
  return new Lucia(new MikroOrmSessionAdapter(orm), {
    sessionExpiresIn: new TimeSpan(30, 'd'),
    sessionCookie: {
      name: sessionCookieName,
      expires: true,
      attributes: { secure: options.secure, sameSite: 'lax', path: '/' },
    },
    getSessionAttributes: (attributes) => ({ lastSeenAt: attributes.lastSeenAt }),
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      lastOrgId: attributes.lastOrgId,
      emailVerified: attributes.emailVerified,
    }),
  });
}

export type Sessions = ReturnType<typeof createSessions>;

export interface SessionAttributes {
  userAgent?: string | null;
  ip?: string | null;
  lastSeenAt?: Date | null;
}

declare module 'lucia' {
  interface Register {
    Lucia: Sessions;
    DatabaseUserAttributes: { email: string; name: string; lastOrgId: string | null; emailVerified: boolean };
    /** Given at sign-in (the device, for the account's session list); `lastSeenAt` is read back. */
    DatabaseSessionAttributes: SessionAttributes;
  }
}

export type { Session as AuthSession, User as SessionUser } from 'lucia';
