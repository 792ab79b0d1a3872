import { addProjectMember, addProjectMemberInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const addProjectMemberProcedure = orgProcedure
  .input(addProjectMemberInput)
  .mutation(({ ctx, input }) => addProjectMember(ctx.em, ctx.membership, input));
