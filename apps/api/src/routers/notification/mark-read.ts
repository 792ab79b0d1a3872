import { markNotificationsRead, markNotificationsReadInput, markedReadDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const markNotificationsReadProcedure = authedProcedure
  .input(markNotificationsReadInput)
  .output(markedReadDtoSchema)
  .mutation(({ ctx, input }) => markNotificationsRead(ctx.scope, input));
