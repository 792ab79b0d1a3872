import { statsUsers, statsUsersDtoSchema, statsUsersInput } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** `stats.users`: a page of the Users tab (members), with when it was computed. */
export const statsUsersProcedure = orgProcedure
  .input(statsUsersInput)
  .output(statsUsersDtoSchema)
  .query(({ ctx, input }) => statsUsers(ctx.scope, input));
