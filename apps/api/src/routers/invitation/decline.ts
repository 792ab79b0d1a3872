import { declineInvitation, respondInvitationInput } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const declineInvitationProcedure = authedProcedure
  .input(respondInvitationInput)
  .mutation(({ ctx, input }) => declineInvitation(ctx.em, ctx.user, input));
