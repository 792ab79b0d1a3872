import { listMembers, listMembersInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const listMembersProcedure = orgProcedure
  .input(listMembersInput)
  .query(({ ctx, input }) => listMembers(ctx.em, ctx.membership, input));
