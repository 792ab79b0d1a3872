import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { meQuery } from '../auth/session';
import type { InvitationPreview } from './invitation-summary';

/** Case (d): signed in as someone else. Signing out (here) shows the sign-in or sign-up form. */
export function InviteMismatch({ invitation, myEmail }: { invitation: InvitationPreview; myEmail: string }) {
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        // Signed out: drop the previous session's data, but keep this invitation on screen.
        queryClient.setQueryData(meQuery().queryKey, null);
        const keep = [trpc.auth.me.pathKey(), trpc.invitation.preview.pathKey()].map((key) =>
          JSON.stringify(key[0]),
        );
        queryClient.removeQueries({
          predicate: (query) => !keep.includes(JSON.stringify(query.queryKey[0])),
        });
      },
    }),
  );

  return (
    <div className="space-y-4">
      <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2.5 text-sm text-amber-900">
        This invitation is for <span className="font-medium">{invitation.email}</span>; you are signed in as{' '}
        <span className="font-medium">{myEmail}</span>. Sign out, then sign in or sign up with the invited
        email to accept.
      </p>
      {signOut.isError && <ErrorAlert>{readApiError(signOut.error).message}</ErrorAlert>}
      <Button className="w-full" loading={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </Button>
    </div>
  );
}
