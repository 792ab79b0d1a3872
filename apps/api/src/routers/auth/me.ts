import { getMe, meDtoSchema } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** The signed-in user with their organizations, or null. */
export const meProcedure = publicProcedure
  .output(meDtoSchema.nullable())
  .query(({ ctx }) => getMe(ctx.scope, { lastOrgId: ctx.user?.lastOrgId ?? null }));
