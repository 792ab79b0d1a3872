import { endSession, endSessionInput } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

/** Signs out one other session of the signed-in person. */
export const endSessionProcedure = authedProcedure
  .input(endSessionInput)
  .output(z.void())
  .mutation(({ ctx, input }) => endSession(ctx.scope, input, ctx.session.id));
