import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useEnterApp } from '../auth/use-enter-app';
import type { InvitationPreview } from './invitation-summary';

/** Case (a): signed in as the invited email. Accept joins and opens the organization. */
export function InviteAccept({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const queryClient = useQueryClient();
  const enterApp = useEnterApp();
  const [error, setError] = useState<string | null>(null);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ orgId }) => {
        await enterApp(orgId, null);
        toast.success(`You joined ${invitation.orgName}`);
      },
      onError: (e) => setError(readApiError(e).message),
    }),
  );
  const decline = useMutation(
    trpc.invitation.decline.mutationOptions({
      onSuccess: async () => {
        // The page then shows the invitation as declined.
        await queryClient.invalidateQueries({ queryKey: trpc.invitation.preview.queryKey({ token }) });
        await queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
        toast.success(`You declined the invitation to ${invitation.orgName}`);
      },
      onError: (e) => setError(readApiError(e).message),
    }),
  );
  const busy = accept.isPending || accept.isSuccess || decline.isPending;

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600">
        You are signed in as <span className="font-medium text-zinc-900">{invitation.email}</span>.
      </p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className="flex gap-3">
        <Button
          variant="secondary"
          className="flex-1"
          disabled={busy}
          loading={decline.isPending}
          onClick={() => {
            setError(null);
            decline.mutate({ token });
          }}
        >
          Decline
        </Button>
        <Button
          className="flex-1"
          disabled={busy}
          loading={accept.isPending || accept.isSuccess}
          onClick={() => {
            setError(null);
            accept.mutate({ token });
          }}
        >
          Accept
        </Button>
      </div>
    </div>
  );
}
