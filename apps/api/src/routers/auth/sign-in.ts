import { signIn, signInInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { authDeps, startSession } from '../../trpc/session.js';

export const signInProcedure = publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const result = await signIn(authDeps(ctx), input);
  await startSession(ctx, result.user.id);
  return result;
});
