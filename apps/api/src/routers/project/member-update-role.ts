import { updateProjectMemberInput, updateProjectMemberRole } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateProjectMemberRoleProcedure = orgProcedure
  .input(updateProjectMemberInput)
  .mutation(({ ctx, input }) => updateProjectMemberRole(ctx.em, ctx.membership, input));
