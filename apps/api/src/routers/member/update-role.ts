import { memberDtoSchema, updateMemberRole, updateMemberRoleInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateMemberRoleProcedure = orgProcedure
  .input(updateMemberRoleInput)
  .output(memberDtoSchema)
  .mutation(({ ctx, input }) => updateMemberRole(ctx.scope, input));
