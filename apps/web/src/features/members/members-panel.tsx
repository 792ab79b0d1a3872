import type { OrgRole } from '@roster/core/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { roleLabels } from '../organizations/org-format';
import { MembersBody } from './members-body';
import { membersQuery } from './members-queries';
import { MembersSearch } from './members-search';
import { MembersTable } from './members-table';

const roleFilters: OrgRole[] = ['owner', 'admin', 'member'];

/** The Members tab: search, a role filter (both applied by the API), the table, more pages. */
export function MembersPanel({
  orgId,
  typed,
  search,
  onType,
  role,
  onRole,
}: {
  orgId: string;
  typed: string;
  search: string;
  onType(value: string): void;
  role: OrgRole | undefined;
  onRole(role: OrgRole | undefined): void;
}) {
  const members = useInfiniteQuery(membersQuery(orgId, search, role));
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];
  const total = members.data?.pages[0]?.total ?? 0;
  const filtered = Boolean(search || role);

  return (
    <>
      <div className="flex flex-wrap items-center gap-3 border-b border-zinc-200 px-4 py-3">
        <MembersSearch
          label="Search members"
          value={typed}
          onChange={onType}
          searching={typed.trim() !== search || (members.isPlaceholderData && members.isFetching)}
        />
        <div className="w-36">
          <Select
            aria-label="Filter by role"
            value={role ?? ''}
            onChange={(event) => onRole((event.target.value || undefined) as OrgRole | undefined)}
          >
            <option value="">All roles</option>
            {roleFilters.map((value) => (
              <option key={value} value={value}>
                {roleLabels[value]}
              </option>
            ))}
          </Select>
        </div>
        {filtered && members.isSuccess && (
          <p className="text-sm text-zinc-600" aria-live="polite">
            {total} matching
          </p>
        )}
      </div>
      <MembersBody
        what="members"
        status={members.status}
        error={members.error}
        retrying={members.isFetching}
        onRetry={() => void members.refetch()}
        empty={items.length === 0}
        emptyTitle={search ? `No one matches “${search}”` : 'No one has this role'}
        emptyHint="Search by part of a name or an email address, or show every role."
        emptyAction={
          <Button
            variant="secondary"
            onClick={() => {
              onType('');
              onRole(undefined);
            }}
          >
            Clear filters
          </Button>
        }
      >
        <MembersTable members={items} />
      </MembersBody>
      {members.hasNextPage && (
        <div className="flex flex-wrap items-center justify-between gap-4 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600">
          <span>
            Showing {items.length} of {total} members
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
    </>
  );
}
