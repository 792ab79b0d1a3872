import { listOrganizations } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const listOrgsProcedure = authedProcedure.query(({ ctx }) => listOrganizations(ctx.em, ctx.user.id));
