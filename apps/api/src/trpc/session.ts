import type { Context } from './context.js';

/** Signs the user in on this response: a new session (with this browser's device) and its cookie. */
export async function startSession(ctx: Context, userId: string): Promise<void> {
  const { ip, userAgent = null } = ctx.meta;
  const session = await ctx.deps.sessions.createSession(userId, { ip, userAgent, lastSeenAt: null });
  ctx.meta.setCookie(ctx.deps.sessions.createSessionCookie(session.id).serialize());
}

export function clearSessionCookie(ctx: Context): void {
  ctx.meta.setCookie(ctx.deps.sessions.createBlankSessionCookie().serialize());
}

/** What sign-up and sign-in are counted by (core's AuthLimits): the limiter and the caller's IP. */
export function authLimits(ctx: Context) {
  return { limiter: ctx.deps.limiter, ip: ctx.meta.ip };
}
