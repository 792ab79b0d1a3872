import { signUp, signUpInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { authDeps, startSession } from '../../trpc/session.js';

export const signUpProcedure = publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
  const result = await signUp(authDeps(ctx), input);
  await startSession(ctx, result.user.id);
  return result;
});
