import { getOrganization, rememberLastOrganization } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The organization page. Opening an organization also makes it the one reopened after sign-in. */
export const getOrgProcedure = orgProcedure.query(async ({ ctx, input }) => {
  if (ctx.user.lastOrgId !== input.orgId) await rememberLastOrganization(ctx.em, ctx.user.id, input.orgId);
  return getOrganization(ctx.em, ctx.membership);
});
