import { addProjectMember, addProjectMemberInput, projectMemberDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const addProjectMemberProcedure = orgProcedure
  .input(addProjectMemberInput)
  .output(projectMemberDtoSchema)
  .mutation(({ ctx, input }) => addProjectMember(ctx.scope, input));
