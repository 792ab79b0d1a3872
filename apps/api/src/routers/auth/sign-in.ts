import { signIn, signInInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { recognizeDevice, trustDevice } from '../../trpc/device-cookie.js';
import { authDeps, startSession } from '../../trpc/session.js';

export const signInProcedure = publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
  const deviceId = recognizeDevice(ctx, input.email);
  const result = await signIn({ ...authDeps(ctx), deviceId }, input);
  trustDevice(ctx, result.user.email);
  await startSession(ctx, result.user.id);
  return result;
});
