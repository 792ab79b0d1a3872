import type { Plan } from '@roster/core/browser';
import { queryClient } from '../../../lib/query-client';
import { trpc } from '../../../lib/trpc';

/** What the uploads read from and refresh in the app's query cache. */

/** The plan's largest file, from the organization's query (fetched if not cached); null: none. */
export async function largestFileOf(orgId: string): Promise<{ bytes: number; plan: Plan } | null> {
  try {
    const org = await queryClient.ensureQueryData(trpc.org.get.queryOptions({ orgId }));
    const bytes = org.storage.largestFile;
    return bytes === null ? null : { bytes, plan: org.plan };
  } catch {
    return null; // The server checks it anyway.
  }
}

let refreshTimer: ReturnType<typeof setTimeout> | null = null;
const changedOrgs = new Set<string>();

/**
 * The listings and the organization's storage used are out of date: refreshed once for a burst of
 * finished files (a refetch running is not cancelled, so a stream of small files cannot starve it).
 */
export function contentChanged(orgId: string): void {
  changedOrgs.add(orgId);
  refreshTimer ??= setTimeout(() => {
    refreshTimer = null;
    const orgs = [...changedOrgs];
    changedOrgs.clear();
    const options = { cancelRefetch: false };
    void queryClient.invalidateQueries({ queryKey: trpc.content.list.pathKey() }, options);
    void queryClient.invalidateQueries({ queryKey: trpc.folder.get.pathKey() }, options);
    for (const id of orgs)
      void queryClient.invalidateQueries({ queryKey: trpc.org.get.queryKey({ orgId: id }) }, options);
  }, 300);
}
