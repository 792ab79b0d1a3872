import { memberInput, orgDtoSchema, transferOwnership } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Answers with the organization as the former owner (now an admin) sees it. */
export const transferOwnershipProcedure = orgProcedure
  .input(memberInput)
  .output(orgDtoSchema)
  .mutation(({ ctx, input }) => transferOwnership(ctx.scope, input));
