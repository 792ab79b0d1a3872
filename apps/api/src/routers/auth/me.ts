import { getMe } from '@roster/core';
import { publicProcedure } from '../../trpc/procedures.js';

/** The signed-in user with their organizations, or null. */
export const meProcedure = publicProcedure.query(({ ctx }) => (ctx.user ? getMe(ctx.em, ctx.user) : null));
