import type { QueryClient } from '@tanstack/react-query';
import { trpc, type Me } from '../../lib/trpc';

/** The signed-in user and their organizations, or null. */
export const meQuery = () => trpc.auth.me.queryOptions(undefined, { staleTime: 5 * 60_000 });

/** The session, from the cache when known, else from the API. */
export function loadSession(queryClient: QueryClient): Promise<Me | null> {
  return queryClient.ensureQueryData(meQuery());
}

/** The organization to open for this user: the last one used, else their first. */
export function homeOrgId(me: Me): string | null {
  return me.lastOrgId ?? me.orgs[0]?.id ?? null;
}

/** Marks the visitor signed out, so that guards send them to sign in without asking the API. */
export function markSignedOut(queryClient: QueryClient): void {
  queryClient.setQueryData(meQuery().queryKey, null);
}

/** Drops everything the previous session loaded except the (signed-out) session itself. */
export function forgetSessionData(queryClient: QueryClient): void {
  const meHash = JSON.stringify(meQuery().queryKey);
  queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== meHash });
}
