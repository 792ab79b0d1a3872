import { leaveOrganization, leftOrgDtoSchema } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const leaveOrgProcedure = orgProcedure
  .output(leftOrgDtoSchema)
  .mutation(({ ctx }) => leaveOrganization(ctx.scope));
