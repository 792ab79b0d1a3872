import { authResultSchema, resetPassword, resetPasswordInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { startSession } from '../../trpc/session.js';

/**
 * The reset link with a new password: core ends every session of the account, then this browser
 * is signed in afresh (a session of someone else it held is ended too).
 */
export const resetPasswordProcedure = publicProcedure
  .input(resetPasswordInput)
  .output(authResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await resetPassword(ctx.scope, input);
    if (ctx.session) await ctx.deps.sessions.invalidateSession(ctx.session.id);
    await startSession(ctx, result.user.id);
    return result;
  });
