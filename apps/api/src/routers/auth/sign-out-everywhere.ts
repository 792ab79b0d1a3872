import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';
import { clearSessionCookie } from '../../trpc/session.js';

/** Ends every session of the user, on every device. */
export const signOutEverywhereProcedure = authedProcedure.output(z.void()).mutation(async ({ ctx }) => {
  await ctx.deps.sessions.invalidateUserSessions(ctx.user.id);
  clearSessionCookie(ctx);
});
