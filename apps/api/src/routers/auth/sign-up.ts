import { authResultSchema, signUp, signUpInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { authLimits, startSession } from '../../trpc/session.js';

export const signUpProcedure = publicProcedure
  .input(signUpInput)
  .output(authResultSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await signUp(ctx.scope, input, authLimits(ctx));
    await startSession(ctx, result.user.id);
    return result;
  });
