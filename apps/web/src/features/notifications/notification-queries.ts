import type { QueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';

/** The bell's count: polled every 30 s while the tab is visible, and read again on focus. */
export const unreadCountQuery = () =>
  trpc.notification.unreadCount.queryOptions(undefined, {
    staleTime: 0,
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });

/** The newest notifications, read each time the bell opens. */
export const notificationsQuery = () => trpc.notification.list.queryOptions({ limit: 30 }, { staleTime: 0 });

export async function notificationsChanged(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
}
