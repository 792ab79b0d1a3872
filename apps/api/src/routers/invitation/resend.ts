import { invitationActionInput, resendInvitation } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const resendInvitationProcedure = orgProcedure
  .input(invitationActionInput)
  .mutation(({ ctx, input }) =>
    resendInvitation({ em: ctx.em, jobs: ctx.deps.jobs }, ctx.membership, input.invitationId, ctx.user),
  );
