import { acceptInvitation, respondInvitationInput } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const acceptInvitationProcedure = authedProcedure
  .input(respondInvitationInput)
  .mutation(({ ctx, input }) => acceptInvitation(ctx.em, ctx.user, input));
