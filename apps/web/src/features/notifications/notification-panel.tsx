import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BellOff } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '../../components/ui/button';
import { PageSpinner } from '../../components/ui/spinner';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { meQuery } from '../auth/session';
import { NotificationItem } from './notification-item';
import { notificationsChanged, notificationsQuery, unreadCountQuery } from './notification-queries';

/** The bell's panel: the newest notifications, and "Mark all as read" while some are unread. */
export function NotificationPanel({ onNavigate }: { onNavigate(): void }) {
  const queryClient = useQueryClient();
  const list = useQuery(notificationsQuery());
  // Invitations wait for a confirmed email: the API shows none before, and answers none by id.
  const unverified = useQuery(meQuery()).data?.user.emailVerified === false;
  const unread = list.data?.filter((n) => !n.read).length ?? 0;
  const heading = useRef<HTMLHeadingElement>(null);
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSuccess: async ({ unread: left }) => {
        queryClient.setQueryData(unreadCountQuery().queryKey, { count: left });
        await notificationsChanged(queryClient);
        // The button goes with the last unread one: focus stays in the panel, on its heading.
        heading.current?.focus();
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );

  let body;
  if (list.isPending) body = <PageSpinner label="Loading notifications" />;
  else if (list.isError) {
    body = (
      <div className="px-4 py-8 text-center text-sm text-zinc-600">
        <p>Notifications could not be loaded.</p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void list.refetch()}>
          Try again
        </Button>
      </div>
    );
  } else if (list.data.length === 0) {
    body = (
      <div className="flex flex-col items-center px-4 py-10 text-center">
        <BellOff aria-hidden className="size-6 text-zinc-400" />
        <p className="mt-2 text-sm font-medium text-zinc-900">No notifications yet</p>
        <p className="mt-0.5 text-sm text-zinc-500">
          {unverified
            ? 'Invitations sent to you show up here once you confirm your email address.'
            : 'Invitations and changes to your roles show up here.'}
        </p>
      </div>
    );
  } else {
    body = (
      <ul className="max-h-[26rem] divide-y divide-zinc-100 overflow-y-auto">
        {list.data.map((notification) => (
          <NotificationItem
            key={notification.id}
            notification={notification}
            canAnswer={!unverified}
            onNavigate={onNavigate}
          />
        ))}
      </ul>
    );
  }

  return (
    <div>
      <div className="flex min-h-12 items-center justify-between gap-3 border-b border-zinc-200 px-4 py-1.5">
        <h2 ref={heading} tabIndex={-1} className="text-sm font-semibold text-zinc-900 outline-none">
          Notifications
        </h2>
        {/* Only when there is something to mark: an empty or all-read bell has no dead button. */}
        {unread > 0 && (
          <Button variant="ghost" size="sm" loading={markRead.isPending} onClick={() => markRead.mutate({})}>
            Mark all as read
          </Button>
        )}
      </div>
      {body}
    </div>
  );
}
