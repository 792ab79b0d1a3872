import type { MikroORM } from '@mikro-orm/core';
import { createSessions, sessionCookieName } from '@roster/core';

/** A real session for the user, as signing in opens one: the `Cookie` header a browser would send. */
export async function sessionCookie(orm: MikroORM, userId: string): Promise<string> {
  const session = await createSessions(orm, { secure: false }).createSession(userId, {});
  return `${sessionCookieName}=${session.id}`;
}
