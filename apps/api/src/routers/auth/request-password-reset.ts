import { requestPasswordReset, requestPasswordResetInput } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** "Forgot password": the same answer whether or not the address has an account. */
export const requestPasswordResetProcedure = publicProcedure
  .input(requestPasswordResetInput)
  .mutation(({ ctx, input }) =>
    requestPasswordReset(
      { em: ctx.em, jobs: ctx.deps.jobs, limiter: ctx.deps.resetLimiter, ip: ctx.meta.ip },
      input,
    ),
  );
