import { createOrgInput, createOrganization } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const createOrgProcedure = authedProcedure.input(createOrgInput).mutation(async ({ ctx, input }) => {
  const org = await createOrganization(ctx.em, ctx.user.id, input.name);
  return { id: org.id, name: org.name, role: 'owner' as const };
});
