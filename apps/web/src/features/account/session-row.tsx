import { useMutation } from '@tanstack/react-query';
import { Monitor, MonitorSmartphone, Smartphone, Tablet, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { formatRelative } from '../../lib/dates';
import { trpc } from '../../lib/trpc';
import { sessionTitle, type AccountSession } from './session-title';

const deviceIcons: Record<AccountSession['device'], LucideIcon> = {
  desktop: Monitor,
  mobile: Smartphone,
  tablet: Tablet,
  other: MonitorSmartphone,
};

/** One signed-in browser: what it is, where from, when last used; a way to sign it out. */
export function SessionRow({ session, onEnded }: { session: AccountSession; onEnded(): Promise<unknown> }) {
  const titleId = useId();
  const Icon = deviceIcons[session.device];
  const title = sessionTitle(session);
  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSuccess: async () => {
        await onEnded();
        toast.success(`Signed out of ${title}.`);
      },
      onError: async (error) => {
        const problem = readApiError(error);
        if (problem.reason === 'SESSION_NOT_FOUND') await onEnded();
        toast.error(problem.message);
      },
    }),
  );
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-5">
      <Icon aria-hidden className="size-5 shrink-0 text-zinc-500" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-zinc-900">
          <span id={titleId}>{title}</span>
          {session.current && <Chip tone="emerald">This device</Chip>}
        </p>
        <p className="text-xs text-zinc-600">
          {session.ip ?? 'Unknown IP'} ·{' '}
          {session.current ? 'Active now' : `Last seen ${formatRelative(session.lastSeenAt)}`}
        </p>
      </div>
      {!session.current && (
        <Button
          variant="secondary"
          size="sm"
          aria-describedby={titleId}
          loading={end.isPending}
          onClick={() => end.mutate({ sessionId: session.id })}
        >
          Sign out
        </Button>
      )}
    </li>
  );
}
