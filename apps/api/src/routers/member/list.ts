import { listMembers, listMembersInput, memberPageDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const listMembersProcedure = orgProcedure
  .input(listMembersInput)
  .output(memberPageDtoSchema)
  .query(({ ctx, input }) => listMembers(ctx.scope, input));
