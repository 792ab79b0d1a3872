import { authResultSchema, signIn, signInInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';
import { recognizeDevice, trustDevice } from '../../trpc/device-cookie.js';
import { authLimits, startSession } from '../../trpc/session.js';

export const signInProcedure = publicProcedure
  .input(signInInput)
  .output(authResultSchema)
  .mutation(async ({ ctx, input }) => {
    const deviceId = recognizeDevice(ctx, input.email);
    const result = await signIn(ctx.scope, input, { ...authLimits(ctx), deviceId });
    trustDevice(ctx, result.user.email);
    await startSession(ctx, result.user.id);
    return result;
  });
