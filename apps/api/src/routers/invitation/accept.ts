import { acceptInvitation, acceptedInvitationDtoSchema, respondInvitationInput } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const acceptInvitationProcedure = authedProcedure
  .input(respondInvitationInput)
  .output(acceptedInvitationDtoSchema)
  .mutation(({ ctx, input }) => acceptInvitation(ctx.scope, input));
