import { invitationActionInput, revokeInvitation } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const revokeInvitationProcedure = orgProcedure
  .input(invitationActionInput)
  .mutation(({ ctx, input }) => revokeInvitation(ctx.em, ctx.membership, input.invitationId));
