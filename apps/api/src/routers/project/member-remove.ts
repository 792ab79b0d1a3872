import { projectMemberInput, removeProjectMember } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const removeProjectMemberProcedure = orgProcedure
  .input(projectMemberInput)
  .mutation(({ ctx, input }) => removeProjectMember(ctx.em, ctx.membership, input));
