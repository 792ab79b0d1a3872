import type { Context } from './context.js';

/** Signs the user in on this response: a new session and its cookie. */
export async function startSession(ctx: Context, userId: string): Promise<void> {
  const session = await ctx.deps.sessions.createSession(userId, {});
  ctx.meta.setCookie(ctx.deps.sessions.createSessionCookie(session.id).serialize());
}

export function clearSessionCookie(ctx: Context): void {
  ctx.meta.setCookie(ctx.deps.sessions.createBlankSessionCookie().serialize());
}

export function authDeps(ctx: Context) {
  return { em: ctx.em, limiter: ctx.deps.limiter, jobs: ctx.deps.jobs, ip: ctx.meta.ip };
}
