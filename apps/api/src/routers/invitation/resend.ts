import { invitationActionInput, invitationDtoSchema, resendInvitation } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const resendInvitationProcedure = orgProcedure
  .input(invitationActionInput)
  .output(invitationDtoSchema)
  .mutation(({ ctx, input }) => resendInvitation(ctx.scope, input));
