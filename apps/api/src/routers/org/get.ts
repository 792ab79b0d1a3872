import { openOrganization } from '@roster/core';
import { orgProcedure } from '../../trpc/procedures.js';

/** The organization page. Opening an organization also makes it the one reopened after sign-in. */
export const getOrgProcedure = orgProcedure.query(({ ctx }) =>
  openOrganization(ctx.em, ctx.user, ctx.membership),
);
