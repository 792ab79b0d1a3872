import {
  DomainError,
  createAccountScope,
  isDomainError,
  loadMembership,
  memberScope,
  orgScopedInput,
} from '@roster/core';
import { isLockContention } from '@roster/db';
import { procedure, toTRPCError } from './init.js';

const busy = () =>
  new DomainError('BUSY', 'Roster is busy with other changes right now. Try again in a moment.', {
    retryAfterSeconds: 1,
  });

/**
 * Every procedure: mutations from browsers must come from the app's own origin (CSRF; clients that
 * are not browsers send neither Origin nor Sec-Fetch-Site, and carry no ambient cookie to abuse),
 * and a DomainError thrown below becomes the tRPC error its reason maps to. One middleware, as
 * this runs on every request.
 */
export const publicProcedure = procedure.use(async ({ ctx, type, next }) => {
  if (type === 'mutation') {
    const { origin, fetchSite } = ctx.meta;
    const crossSite = origin !== undefined ? origin !== ctx.deps.appOrigin : fetchSite === 'cross-site';
    if (crossSite)
      throw toTRPCError(new DomainError('CSRF_ORIGIN_MISMATCH', 'This request did not come from Roster.'));
  }
  const actor = ctx.user ? userActor(ctx.user) : ({ type: 'anonymous' } as const);
  const scope = createAccountScope({ em: ctx.em, jobs: ctx.deps.jobs, actor });
  const result = await next({ ctx: { scope } });
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  // Waiting for another writer timed out: nothing was written, so the client may simply retry.
  if (!result.ok && isLockContention(result.error.cause)) throw toTRPCError(busy());
  return result;
});

/** A signed-in user. Being signed in is never permission: core still checks the role. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user || !ctx.session) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  const scope = createAccountScope({ em: ctx.em, jobs: ctx.deps.jobs, actor: userActor(ctx.user) });
  return next({ ctx: { user: ctx.user, session: ctx.session, scope } });
});

/**
 * An organization the user belongs to (`orgId` in the input): the scope core's use cases run in,
 * with the member as its actor. Another organization answers exactly like a missing one.
 */
export const orgProcedure = authedProcedure.input(orgScopedInput).use(async ({ ctx, input, next }) => {
  const membership = await loadMembership(ctx.em, ctx.user.id, input.orgId);
  const scope = memberScope({ em: ctx.em, jobs: ctx.deps.jobs }, ctx.user, membership);
  return next({ ctx: { scope } });
});

function userActor(user: { id: string; name: string; email: string; emailVerified: boolean }) {
  const { id, name, email, emailVerified } = user;
  return { type: 'user', id, name, email, emailVerified } as const;
}
