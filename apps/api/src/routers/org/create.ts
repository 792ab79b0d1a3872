import { createOrgInput, createOrganization, createdOrgDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const createOrgProcedure = authedProcedure
  .input(createOrgInput)
  .output(createdOrgDtoSchema)
  .mutation(({ ctx, input }) => createOrganization(ctx.scope, input));
