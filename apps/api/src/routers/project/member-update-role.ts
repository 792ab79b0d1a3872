import { projectMemberDtoSchema, updateProjectMemberInput, updateProjectMemberRole } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateProjectMemberRoleProcedure = orgProcedure
  .input(updateProjectMemberInput)
  .output(projectMemberDtoSchema)
  .mutation(({ ctx, input }) => updateProjectMemberRole(ctx.scope, input));
