import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CloudOff } from 'lucide-react';
import { useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Skeleton } from '../../components/ui/skeleton';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { sessionsQuery } from './account-queries';
import { SessionRow } from './session-row';

/** Where the person is signed in: this device first, each other one with a way to sign it out. */
export function SessionsCard() {
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery());
  const [confirming, setConfirming] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsQuery().queryKey });
  // The row's button goes with its row: focus moves to the list rather than to the page body.
  const afterEnding = async () => {
    await refresh();
    list.current?.focus();
  };
  const endOthers = useMutation(
    trpc.account.endOtherSessions.mutationOptions({
      onSuccess: async ({ endedSessions }) => {
        setConfirming(false);
        await refresh();
        toast.success(
          endedSessions === 1
            ? 'Signed out on one other device.'
            : `Signed out on ${endedSessions} other devices.`,
        );
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  return (
    <Card>
      <CardHeader
        title="Where you are signed in"
        description="Sign out a device you no longer use or do not recognize."
        action={
          others > 0 && (
            <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
              Sign out everywhere else
            </Button>
          )
        }
      />
      {sessions.isPending ? (
        <CardBody className="space-y-3">
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </CardBody>
      ) : sessions.isError ? (
        <CardBody className="flex flex-wrap items-center gap-3 text-sm text-zinc-600">
          <CloudOff aria-hidden className="size-4 text-zinc-400" />
          <span className="flex-1">
            Your sessions could not be loaded. {readApiError(sessions.error).message}
          </span>
          <Button
            variant="secondary"
            size="sm"
            loading={sessions.isFetching}
            onClick={() => void sessions.refetch()}
          >
            Try again
          </Button>
        </CardBody>
      ) : (
        <ul ref={list} tabIndex={-1} aria-label="Sessions" className="divide-y divide-zinc-100 outline-none">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} onEnded={afterEnding} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Sign out everywhere else?"
        description={`This signs you out on ${others === 1 ? 'one other device' : `${others} other devices`}. You stay signed in here.`}
        confirmLabel="Sign out everywhere else"
        destructive
        pending={endOthers.isPending}
        onConfirm={() => endOthers.mutate()}
      />
    </Card>
  );
}
