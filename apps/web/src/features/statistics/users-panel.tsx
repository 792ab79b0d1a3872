import type { StatsUserSort } from '@roster/core/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { SearchX, Users } from 'lucide-react';
import { useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { useSearchBox } from '../content/use-search-box';
import { useNow } from '../usage/use-now';
import { orderOf, sortedBy, withOrder, withQuery, type StatisticsSearch } from './statistics-search-params';
import { LoadMore } from './stats-footer';
import { statsExportUrl } from './stats-format';
import { StatsFreshness } from './stats-freshness';
import { usersQuery } from './stats-queries';
import { StatsComputing, StatsError, StatsTableSkeleton } from './stats-states';
import { StatsTable } from './stats-table';
import { StatsToolbar } from './stats-toolbar';
import { userColumns } from './user-columns';

/** The Users tab: each member's role, projects, uploads, downloads and last activity. */
export function UsersPanel({
  orgId,
  search,
  onSearch,
}: {
  orgId: string;
  search: StatisticsSearch;
  onSearch(next: StatisticsSearch): void;
}) {
  const order = orderOf(search) as { sort: StatsUserSort; direction: 'asc' | 'desc' };
  const q = search.q ?? '';
  const box = useSearchBox(q, (value) => onSearch(withQuery(search, value)));
  const users = useInfiniteQuery(usersQuery(orgId, { search: q, ...order }));
  const now = useNow(30_000).getTime();
  const columns = useMemo(() => userColumns(now), [now]);
  const first = users.data?.pages[0];
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];

  if (users.isError && !first) {
    return (
      <StatsError
        title="Statistics could not be loaded"
        error={users.error}
        retrying={users.isFetching}
        onRetry={() => void users.refetch()}
      />
    );
  }
  if (first && first.computedAt === null) {
    return <StatsComputing />;
  }
  return (
    <>
      <div className="border-b border-zinc-200 p-4">
        {first?.computedAt ? <StatsFreshness computedAt={first.computedAt} /> : <div className="h-5" />}
      </div>
      <StatsToolbar
        searchLabel="Search members"
        placeholder="Search by name or email"
        typed={box.typed}
        onType={box.setTyped}
        searching={box.settling || (users.isPlaceholderData && users.isFetching)}
        sorts={columns.flatMap((c) => (c.sort ? [{ sort: c.sort, label: c.header }] : []))}
        order={order}
        onOrder={(sort, direction) => onSearch(withOrder(search, sort, direction))}
        exportUrl={statsExportUrl('users', orgId)}
        exportLabel="Export CSV of all members"
      />
      {!first ? (
        <StatsTableSkeleton label="Loading the members" />
      ) : items.length === 0 ? (
        <EmptyState
          icon={q ? SearchX : Users}
          title={q ? `No one matches “${q}”` : 'No members counted yet'}
          action={
            q && (
              <Button variant="secondary" onClick={() => box.setTyped('')}>
                Clear search
              </Button>
            )
          }
        >
          {q
            ? 'Search by part of a name or an email address.'
            : 'Each member’s uploads and downloads show here after the next computation.'}
        </EmptyState>
      ) : (
        <>
          <p className="px-4 pt-3 text-xs text-zinc-600">
            {first.total} {first.total === 1 ? 'member' : 'members'}
            {q ? ` matching “${q}”` : ''}
          </p>
          <StatsTable
            caption="Members: role, projects, uploads, downloads, bytes uploaded, last active"
            columns={columns}
            rows={items}
            rowKey={(user) => user.userId}
            order={order}
            onSort={(sort) => onSearch(sortedBy(search, sort))}
          />
        </>
      )}
      {users.hasNextPage && first && (
        <LoadMore
          shown={items.length}
          total={first.total}
          noun="members"
          loading={users.isFetchingNextPage}
          onLoad={() => void users.fetchNextPage()}
        />
      )}
    </>
  );
}
