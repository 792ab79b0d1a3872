import { declineInvitation, respondInvitationInput } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

export const declineInvitationProcedure = authedProcedure
  .input(respondInvitationInput)
  .output(z.void())
  .mutation(({ ctx, input }) => declineInvitation(ctx.scope, input));
