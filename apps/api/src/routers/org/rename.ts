import { orgDtoSchema, renameOrgInput, renameOrganization } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const renameOrgProcedure = orgProcedure
  .input(renameOrgInput)
  .output(orgDtoSchema)
  .mutation(({ ctx, input }) => renameOrganization(ctx.scope, input));
