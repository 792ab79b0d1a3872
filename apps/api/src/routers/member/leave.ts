import { leaveOrganization } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const leaveOrgProcedure = orgProcedure.mutation(({ ctx }) =>
  leaveOrganization(ctx.em, ctx.membership),
);
