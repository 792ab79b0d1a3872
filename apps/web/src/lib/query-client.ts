import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isClientError, readApiError } from './api-error';

let onSessionLost: () => void = () => undefined;

/** Called when the API says the session is gone (expired, or signed out on another device). */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

function watchForLostSession(error: unknown): void {
  if (readApiError(error).reason === 'UNAUTHENTICATED') onSessionLost();
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: watchForLostSession }),
  mutationCache: new MutationCache({ onError: watchForLostSession }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refused request (not found, forbidden…) fails the same way twice: retry only outages.
      retry: (failures, error) => !isClientError(error) && failures < 2,
    },
    mutations: { retry: false },
  },
});
