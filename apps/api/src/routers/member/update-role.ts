import { updateMemberRole, updateMemberRoleInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const updateMemberRoleProcedure = orgProcedure
  .input(updateMemberRoleInput)
  .mutation(({ ctx, input }) => updateMemberRole(ctx.em, ctx.membership, input, ctx.user.name));
