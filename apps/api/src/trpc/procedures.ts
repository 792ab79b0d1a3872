import { DomainError, loadMembership, orgScopedInput } from '@roster/core';
import { baseProcedure, middleware } from './init.js';

/**
 * Mutations from browsers must come from the app's own origin (CSRF). Clients that are not
 * browsers send neither Origin nor Sec-Fetch-Site, and carry no ambient cookie to abuse.
 */
const sameOrigin = middleware(async ({ ctx, type, next }) => {
  if (type === 'mutation') {
    const { origin, fetchSite } = ctx.meta;
    const crossSite = origin !== undefined ? origin !== ctx.deps.appOrigin : fetchSite === 'cross-site';
    if (crossSite) throw new DomainError('CSRF_ORIGIN_MISMATCH', 'This request did not come from Roster.');
  }
  return next();
});

export const publicProcedure = baseProcedure.use(sameOrigin);

/** A signed-in user. Being signed in is never permission: core still checks the role. */
export const authedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user || !ctx.session) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return next({ ctx: { user: ctx.user, session: ctx.session } });
});

/** An organization the user belongs to (`orgId` in the input), with their membership loaded. */
export const orgProcedure = authedProcedure.input(orgScopedInput).use(async ({ ctx, input, next }) => {
  const membership = await loadMembership(ctx.em, ctx.user.id, input.orgId);
  return next({ ctx: { membership } });
});
