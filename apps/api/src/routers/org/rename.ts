import { renameOrgInput, renameOrganization } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

export const renameOrgProcedure = orgProcedure
  .input(renameOrgInput)
  .mutation(({ ctx, input }) => renameOrganization(ctx.em, ctx.membership, input));
