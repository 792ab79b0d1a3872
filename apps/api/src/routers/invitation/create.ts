import { createInvitationInput, createInvitations, createInvitationsResultSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const createInvitationProcedure = orgProcedure
  .input(createInvitationInput)
  .output(createInvitationsResultSchema)
  .mutation(({ ctx, input }) => createInvitations(ctx.scope, input));
