import { markNotificationsRead, markNotificationsReadInput } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const markNotificationsReadProcedure = authedProcedure
  .input(markNotificationsReadInput)
  .mutation(({ ctx, input }) => markNotificationsRead(ctx.em, ctx.user.id, input?.ids));
