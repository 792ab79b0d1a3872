import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useCountdown } from '../../lib/use-countdown';
import { meQuery } from './session';

/**
 * "Resend email" for the verification link: where the last one went, the cooldown the API asks for
 * (counted down), or why it failed. Already verified (in another tab): refresh the session instead.
 */
export function useResendVerification() {
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const [firstWait, setFirstWait] = useState(0);
  const waitSeconds = useCountdown(retryAt);
  const mutation = useMutation(
    trpc.auth.resendVerification.mutationOptions({
      onSuccess: ({ email }) => setSentTo(email),
      onError: async (e) => {
        const { reason, retryAfterSeconds, message } = readApiError(e);
        if (reason === 'EMAIL_ALREADY_VERIFIED') {
          await queryClient.invalidateQueries({ queryKey: meQuery().queryKey });
          toast.success('Your email address is already confirmed.');
        } else if (reason === 'TOO_MANY_ATTEMPTS' && retryAfterSeconds !== null) {
          setFirstWait(retryAfterSeconds);
          setRetryAt(Date.now() + retryAfterSeconds * 1000);
        } else {
          setError(message);
        }
      },
    }),
  );

  return {
    resend() {
      setSentTo(null);
      setError(null);
      mutation.mutate();
    },
    pending: mutation.isPending,
    sentTo,
    error,
    /** Seconds until the API takes another request (0: now), and the wait it first gave. */
    waitSeconds,
    firstWait,
  };
}

export type ResendVerification = ReturnType<typeof useResendVerification>;
