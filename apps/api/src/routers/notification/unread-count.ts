import { countUnreadNotifications, unreadCountDtoSchema } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const unreadCountProcedure = authedProcedure
  .output(unreadCountDtoSchema)
  .query(({ ctx }) => countUnreadNotifications(ctx.scope));
