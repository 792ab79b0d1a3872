import { listNotifications, listNotificationsInput, notificationDtoSchema } from '@roster/core';
import { z } from 'zod';
import { authedProcedure } from '../../trpc/procedures.js';

export const listNotificationsProcedure = authedProcedure
  .input(listNotificationsInput)
  .output(z.array(notificationDtoSchema))
  .query(({ ctx, input }) => listNotifications(ctx.scope, input));
