import { createInvitationInput, createInvitations } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const createInvitationProcedure = orgProcedure
  .input(createInvitationInput)
  .mutation(({ ctx, input }) =>
    createInvitations({ em: ctx.em, jobs: ctx.deps.jobs }, ctx.membership, ctx.user, input),
  );
