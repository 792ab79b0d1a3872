import { can } from '@roster/core/browser';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Lock, UserPlus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useDocumentTitle } from '../../lib/use-document-title';
import { InviteDialog } from '../invitations/invite-dialog';
import { seatsLabel } from '../organizations/org-format';
import { useCurrentOrg } from '../organizations/org-queries';
import { MembersBody } from './members-body';
import { invitationsQuery, membersQuery } from './members-queries';
import { MembersSearch } from './members-search';
import { rosterRows } from './roster-rows';

/** `/orgs/$orgId/members`: members and invitations; owners and admins manage them from here. */
export function MembersScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Members · ${org.name}`);
  const [inviting, setInviting] = useState(false);
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 300);
  const members = useInfiniteQuery(membersQuery(org.id, search));
  const invitations = useQuery(invitationsQuery(org.id));
  const canInvite = can(org.role, 'invitation.manage');

  const pages = members.data?.pages;
  const rows = useMemo(
    () => rosterRows(pages?.flatMap((page) => page.items) ?? [], invitations.data ?? [], search),
    [pages, invitations.data, search],
  );
  const total = pages?.[0]?.total ?? 0;
  const loaded = rows.filter((row) => row.kind === 'member').length;
  const counts = { member: total, invitation: rows.length - loaded };

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Members"
        description="Everyone in the organization, and the people invited to join it."
        actions={
          canInvite && (
            <Button onClick={() => setInviting(true)}>
              <UserPlus aria-hidden className="size-4" />
              Invite members
            </Button>
          )
        }
      />
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 px-4 py-3">
          <MembersSearch
            value={typed}
            onChange={setTyped}
            searching={typed.trim() !== search || (members.isPlaceholderData && members.isFetching)}
          />
          <p className="text-sm text-zinc-500">
            <span className="font-medium text-zinc-900">{members.isSuccess ? total : '–'}</span>{' '}
            {search ? 'matching' : total === 1 ? 'member' : 'members'}
            <span className="mx-2 text-zinc-300">|</span>
            Seats <span className="font-medium text-zinc-900">{seatsLabel(org.seats)}</span>
          </p>
        </div>
        {invitations.isError && (
          <div className="border-b border-zinc-100 p-4">
            <ErrorAlert>
              Invitations could not be loaded.{' '}
              <button
                type="button"
                className="font-medium underline"
                onClick={() => void invitations.refetch()}
              >
                Try again
              </button>
            </ErrorAlert>
          </div>
        )}
        <MembersBody
          status={members.status}
          error={members.error}
          retrying={members.isFetching}
          onRetry={() => void members.refetch()}
          rows={rows}
          counts={counts}
          search={search}
          onClearSearch={() => setTyped('')}
        />
        {members.hasNextPage && (
          <div className="flex items-center justify-between gap-4 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-500">
            <span>
              Showing {loaded} of {total} members
            </span>
            <Button
              variant="secondary"
              size="sm"
              loading={members.isFetchingNextPage}
              onClick={() => void members.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        )}
      </Card>
      {!canInvite && (
        <p className="mt-4 flex items-center gap-2 text-sm text-zinc-500">
          <Lock aria-hidden className="size-4" />
          Only owners and admins can invite people and manage members.
        </p>
      )}
      {canInvite && <InviteDialog org={org} open={inviting} onOpenChange={setInviting} />}
    </>
  );
}
