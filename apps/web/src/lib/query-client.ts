import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isClientError, readApiError } from './api-error';

let onSessionLost: () => void = () => undefined;

/** Called when the API says the session is gone (expired, or signed out on another device). */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

let onOrgLost: (orgId: string) => void = () => undefined;

/** Called when the API says the caller is not in an organization a query or mutation named. */
export function setOrgLostHandler(handler: (orgId: string) => void): void {
  onOrgLost = handler;
}

function watchForLostSession(error: unknown): void {
  if (readApiError(error).reason === 'UNAUTHENTICATED') onSessionLost();
}

/** `input` is the call's input (a tRPC query key holds it as `[path, { input }]`). */
function watchForLostOrg(error: unknown, input: unknown): void {
  const orgId = (input as { orgId?: unknown } | undefined)?.orgId;
  if (readApiError(error).reason === 'ORG_NOT_FOUND' && typeof orgId === 'string') onOrgLost(orgId);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      watchForLostSession(error);
      watchForLostOrg(error, (query.queryKey[1] as { input?: unknown } | undefined)?.input);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, variables) => {
      watchForLostSession(error);
      watchForLostOrg(error, variables);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refused request (not found, forbidden…) fails the same way twice: retry only outages.
      retry: (failures, error) => !isClientError(error) && failures < 2,
    },
    mutations: { retry: false },
  },
});
