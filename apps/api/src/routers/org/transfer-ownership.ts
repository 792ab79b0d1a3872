import { getOrganization, memberInput, transferOwnership } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** Answers with the organization as the former owner (now an admin) sees it. */
export const transferOwnershipProcedure = orgProcedure.input(memberInput).mutation(async ({ ctx, input }) => {
  await transferOwnership(ctx.em, ctx.membership, input.userId, ctx.user.name);
  return getOrganization(ctx.em, { ...ctx.membership, role: 'admin' });
});
