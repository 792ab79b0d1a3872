import { memberPageSizeMax } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { trpc, type Org } from '../../lib/trpc';
import { invitationsQuery } from '../members/members-queries';

/**
 * Who is in or invited already (pending: an expired invitation is replaced and takes a seat again),
 * to count the seats an invite would take. Only a plan with a seat limit (5 or 50) warns, and its
 * members fit in one page of the largest size (100): no page is left unread.
 */
export function useKnownPeople(org: Org) {
  const limited = org.seats.limit !== null;
  const members = useQuery(
    trpc.member.list.queryOptions({ orgId: org.id, limit: memberPageSizeMax }, { enabled: limited }),
  );
  const invitations = useQuery(invitationsQuery(org.id));
  const emails = (list: { email: string }[] | undefined) => new Set(list?.map((p) => p.email.toLowerCase()));
  return {
    members: emails(members.data?.items),
    invited: emails(invitations.data?.filter((i) => i.status === 'pending')),
  };
}
