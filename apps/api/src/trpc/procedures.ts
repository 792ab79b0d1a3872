import {
  DomainError,
  createAccountScope,
  isDomainError,
  loadMembership,
  memberScope,
  orgScopedInput,
} from '@roster/core';
import { isLockContention } from '@roster/db';
import type { AuthSession as Session, SessionUser as User } from '@roster/core';
import { requestClient } from './client.js';
import type { Context } from './context.js';
import { procedure, toTRPCError } from './init.js';

const busy = () =>
  new DomainError('BUSY', 'Roster is busy with other changes right now. Try again in a moment.', {
    retryAfterSeconds: 1,
  });

/**
 * Mutations from browsers must come from the app's own origin (CSRF; clients that are not browsers
 * send neither Origin nor Sec-Fetch-Site, and carry no ambient cookie to abuse).
 */
function assertSameOrigin(ctx: Context, type: string): void {
  if (type !== 'mutation') return;
  const { origin, fetchSite } = ctx.meta;
  const crossSite = origin !== undefined ? origin !== ctx.deps.appOrigin : fetchSite === 'cross-site';
  if (crossSite)
    throw toTRPCError(new DomainError('CSRF_ORIGIN_MISMATCH', 'This request did not come from Roster.'));
}

/** A DomainError thrown below becomes the tRPC error its reason maps to. */
function mapped<R extends { ok: boolean; error?: { cause?: unknown } }>(result: R): R {
  if (!result.ok && isDomainError(result.error?.cause)) throw toTRPCError(result.error.cause);
  // Waiting for another writer timed out: nothing was written, so the client may simply retry.
  if (!result.ok && isLockContention(result.error?.cause)) throw toTRPCError(busy());
  return result;
}

function signedIn(ctx: Context): { user: User; session: Session } {
  if (!ctx.user || !ctx.session)
    throw toTRPCError(new DomainError('UNAUTHENTICATED', 'Sign in to continue.'));
  return { user: ctx.user, session: ctx.session };
}

// Each kind of procedure checks the origin, who is calling and maps errors in ONE middleware, as
// they run on every request (tRPC copies the context at each step).

/** Anyone: an account scope acting as the signed-in user, or anonymous. */
export const publicProcedure = procedure.use(async ({ ctx, type, next }) => {
  assertSameOrigin(ctx, type);
  const actor = ctx.user ? userActor(ctx.user) : ({ type: 'anonymous' } as const);
  const scope = createAccountScope({
    em: ctx.em,
    jobs: ctx.deps.jobs,
    client: requestClient(ctx.meta),
    actor,
  });
  return mapped(await next({ ctx: { scope } }));
});

/** A signed-in user, acting outside any organization. Being signed in is never permission. */
export const authedProcedure = procedure.use(async ({ ctx, type, next }) => {
  assertSameOrigin(ctx, type);
  const { user, session } = signedIn(ctx);
  const scope = createAccountScope({
    em: ctx.em,
    jobs: ctx.deps.jobs,
    client: requestClient(ctx.meta),
    actor: userActor(user),
  });
  return mapped(await next({ ctx: { user, session, scope } }));
});

/**
 * An organization the user belongs to (`orgId` in the input): the scope core's use cases run in,
 * with the member as its actor; core decides what the role may do. Another organization answers
 * exactly like a missing one.
 */
export const orgProcedure = procedure
  .use(async ({ ctx, type, next }) => {
    assertSameOrigin(ctx, type);
    return mapped(await next({ ctx: signedIn(ctx) }));
  })
  .input(orgScopedInput)
  .use(async ({ ctx, input, next }) => {
    const membership = await loadMembership(ctx.em, ctx.user.id, input.orgId);
    const base = { em: ctx.em, jobs: ctx.deps.jobs, client: requestClient(ctx.meta) };
    return next({ ctx: { scope: memberScope(base, ctx.user, membership) } });
  });

function userActor(user: User) {
  const { id, name, email, emailVerified } = user;
  return { type: 'user', id, name, email, emailVerified } as const;
}
