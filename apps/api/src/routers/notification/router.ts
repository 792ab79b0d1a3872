import { router } from '../../trpc/init.js';
import { listNotificationsProcedure } from './list.js';
import { markNotificationsReadProcedure } from './mark-read.js';
import { unreadCountProcedure } from './unread-count.js';

export const notificationRouter = router({
  list: listNotificationsProcedure,
  markRead: markNotificationsReadProcedure,
  unreadCount: unreadCountProcedure,
});
