import { listNotifications, listNotificationsInput } from '@roster/core';
import { authedProcedure } from '../../trpc/procedures.js';

export const listNotificationsProcedure = authedProcedure
  .input(listNotificationsInput)
  .query(({ ctx, input }) => listNotifications(ctx.em, ctx.user, input?.limit));
