import { okDtoSchema, requestPasswordReset, requestPasswordResetInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** "Forgot password": the same answer whether or not the address has an account. */
export const requestPasswordResetProcedure = publicProcedure
  .input(requestPasswordResetInput)
  .output(okDtoSchema)
  .mutation(({ ctx, input }) =>
    requestPasswordReset(ctx.scope, input, { limiter: ctx.deps.resetLimiter, ip: ctx.meta.ip }),
  );
