import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { trpc, type Org } from '../../lib/trpc';

/**
 * The organization page's data (a pure read; opening it is remembered by `org.open`, see
 * use-remember-org.ts): cached data shows at once while it refetches (always stale).
 */
export const orgQuery = (orgId: string) => trpc.org.get.queryOptions({ orgId }, { staleTime: 0 });
export const orgListQuery = () => trpc.org.list.queryOptions();

/** The id of the organization in the URL (`/orgs/$orgId/...`). */
export function useOrgId(): string {
  return useParams({ from: '/_signed-in/orgs/$orgId' }).orgId;
}

/** The organization on screen. Its layout shows the page only once it has loaded. */
export function useCurrentOrg(): Org {
  return useSuspenseQuery(orgQuery(useOrgId())).data;
}

/** Refreshes the lists that name the user's organizations: the switcher's and the session's. */
export async function refreshOrgLists(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.org.list.queryKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
  ]);
}

/** After a change to an organization: show it at once, and refresh the lists that name it. */
export async function orgChanged(queryClient: QueryClient, org: Org): Promise<void> {
  queryClient.setQueryData(orgQuery(org.id).queryKey, org);
  await refreshOrgLists(queryClient);
}
