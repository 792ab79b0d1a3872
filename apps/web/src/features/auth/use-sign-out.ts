import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { forgetSessionData, markSignedOut } from './session';

function useLeave() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (message: string) => {
    markSignedOut(queryClient);
    await navigate({ to: '/sign-in' });
    forgetSessionData(queryClient);
    toast.success(message);
  };
}

/** Ends this session. */
export function useSignOut() {
  const leave = useLeave();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => leave('You are signed out.'),
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
}

/** Ends every session of the user, on every device (this one included). */
export function useSignOutEverywhere() {
  const leave = useLeave();
  return useMutation(
    trpc.auth.signOutEverywhere.mutationOptions({
      onSuccess: () => leave('You are signed out on every device.'),
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
}
