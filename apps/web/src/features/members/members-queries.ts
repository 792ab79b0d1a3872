import type { OrgRole } from '@roster/core/browser';
import type { QueryClient } from '@tanstack/react-query';
import { keepPreviousData } from '@tanstack/react-query';
import { trpc, type RouterOutputs } from '../../lib/trpc';

export type Member = RouterOutputs['member']['list']['items'][number];
export type Invitation = RouterOutputs['invitation']['list'][number];

export const memberPageSize = 50;

/** Pages of members ordered by email, filtered on the server by name or email and by role. */
export const membersQuery = (orgId: string, search: string, role?: OrgRole) =>
  trpc.member.list.infiniteQueryOptions(
    { orgId, limit: memberPageSize, ...(search ? { search } : {}), ...(role ? { role } : {}) },
    {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      // While a new search loads, the previous results stay on screen.
      placeholderData: keepPreviousData,
    },
  );

const sending = (invitations: Invitation[] | undefined) =>
  invitations?.some((i) => i.status === 'pending' && i.emailStatus === 'queued') ?? false;

/** The organization's invitations, re-read every few seconds while an email is still on its way. */
export const invitationsQuery = (orgId: string) =>
  trpc.invitation.list.queryOptions(
    { orgId },
    { refetchInterval: (query) => (sending(query.state.data) ? 3_000 : false) },
  );

/** After a change to who is in the organization: members, invitations and seats are read again. */
export async function rosterChanged(queryClient: QueryClient, orgId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.member.list.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey({ orgId }) }),
    queryClient.invalidateQueries({ queryKey: trpc.org.get.queryKey({ orgId }) }),
  ]);
}
