import { memberInput, removeMember } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const removeMemberProcedure = orgProcedure
  .input(memberInput)
  .mutation(({ ctx, input }) => removeMember(ctx.em, ctx.membership, input.userId, ctx.user.name));
