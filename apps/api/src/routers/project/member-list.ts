import { listProjectMembers, projectInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const listProjectMembersProcedure = orgProcedure
  .input(projectInput)
  .query(({ ctx, input }) => listProjectMembers(ctx.em, ctx.membership, input));
