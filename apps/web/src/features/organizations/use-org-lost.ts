import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { toast } from '../../components/ui/toaster';
import { setOrgLostHandler } from '../../lib/query-client';
import { meQuery } from '../auth/session';
import { orgListQuery } from './org-queries';

/** Organizations the user left on purpose: their refused calls are no news. */
const left = new Set<string>();
/** Organizations being moved out of (several calls can be refused at once), and who watches. */
const moving = new Set<string>();
const watchers = new Set<() => void>();
function setMoving(orgId: string, on: boolean): void {
  if (on) moving.add(orgId);
  else moving.delete(orgId);
  watchers.forEach((watcher) => watcher());
}

/** Whether the user is being moved out of `orgId` (its page then shows nothing of it). */
export function useMovingOutOf(orgId: string): boolean {
  return useSyncExternalStore(
    (watcher) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    () => moving.has(orgId),
  );
}

/** Marks an organization as left by the user, before asking the API, so no "removed" notice follows. */
export function markOrgLeft(orgId: string): void {
  left.add(orgId);
}

/** Whether the organization was in the user's cached list: refused now, they were removed from it. */
export function wasInOrgList(queryClient: QueryClient, orgId: string): boolean {
  if (left.has(orgId)) return false;
  const known =
    queryClient.getQueryData(orgListQuery().queryKey) ?? queryClient.getQueryData(meQuery().queryKey)?.orgs;
  return known?.some((org) => org.id === orgId) ?? false;
}

/** Drops every cached answer about an organization (its page, members, projects…). */
export function forgetOrg(queryClient: QueryClient, orgId: string): void {
  queryClient.removeQueries({
    predicate: (query) =>
      (query.queryKey[1] as { input?: { orgId?: unknown } } | undefined)?.input?.orgId === orgId,
  });
}

/**
 * Someone removed the user from an organization they had open (an admin, in another browser): any
 * call about it is then refused with ORG_NOT_FOUND. Say so, refresh the lists, and move them to an
 * organization they still have (the last one used, else the first).
 */
export function useMoveOutOfLostOrgs(): void {
  const queryClient = useQueryClient();
  const router = useRouter();
  useEffect(() => {
    async function moveOut(orgId: string) {
      const known = queryClient.getQueryData(orgListQuery().queryKey) ?? [];
      const name = known.find((org) => org.id === orgId)?.name ?? 'the organization';
      const me = await queryClient.fetchQuery({ ...meQuery(), staleTime: 0 });
      const next =
        me?.orgs.find((org) => org.id === me.lastOrgId && org.id !== orgId) ??
        me?.orgs.find((org) => org.id !== orgId);
      toast.warning(`You were removed from ${name}`, {
        id: `removed-${orgId}`,
        description: next ? `You are now in ${next.name}.` : undefined,
      });
      if (router.state.location.pathname.startsWith(`/orgs/${orgId}`)) {
        await router.navigate(next ? { to: '/orgs/$orgId', params: { orgId: next.id } } : { to: '/' });
      }
      forgetOrg(queryClient, orgId);
      await queryClient.invalidateQueries({ queryKey: orgListQuery().queryKey });
    }
    setOrgLostHandler((orgId) => {
      if (moving.has(orgId) || !wasInOrgList(queryClient, orgId)) return;
      setMoving(orgId, true);
      void moveOut(orgId).finally(() => setMoving(orgId, false));
    });
    return () => setOrgLostHandler(() => undefined);
  }, [queryClient, router]);
}
