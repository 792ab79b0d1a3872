import { invitationActionInput, invitationDtoSchema, revokeInvitation } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const revokeInvitationProcedure = orgProcedure
  .input(invitationActionInput)
  .output(invitationDtoSchema)
  .mutation(({ ctx, input }) => revokeInvitation(ctx.scope, input));
