import { countUnreadNotifications } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const unreadCountProcedure = authedProcedure.query(async ({ ctx }) => ({
  count: await countUnreadNotifications(ctx.em, ctx.user.id),
}));
