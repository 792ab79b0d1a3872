import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { refreshOrgLists } from '../organizations/org-queries';
import { notificationsChanged } from './notification-queries';

/** Accept (join, then open the organization) or decline an invitation from the bell. */
export function useInvitationAnswer(orgName: string, onJoined: () => void) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const failed = async (error: unknown) => {
    toast.error(readApiError(error).message);
    // It may have been revoked or answered elsewhere: show it as it is now.
    await notificationsChanged(queryClient);
  };
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: async ({ orgId }) => {
        await Promise.all([refreshOrgLists(queryClient), notificationsChanged(queryClient)]);
        onJoined();
        await navigate({ to: '/orgs/$orgId', params: { orgId } });
        toast.success(`You joined ${orgName}`);
      },
      onError: failed,
    }),
  );
  const decline = useMutation(
    trpc.invitation.decline.mutationOptions({
      onSuccess: async () => {
        await notificationsChanged(queryClient);
        toast.success(`Declined the invitation to ${orgName}`);
      },
      onError: failed,
    }),
  );
  return { accept, decline };
}
