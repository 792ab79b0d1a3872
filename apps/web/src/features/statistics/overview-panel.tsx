import type { StatsProjectSort } from '@roster/core/browser';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { FolderKanban, SearchX } from 'lucide-react';
import { useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { useSearchBox } from '../content/use-search-box';
import { useNow } from '../usage/use-now';
import { OverviewTotals } from './overview-totals';
import { projectColumns } from './project-columns';
import { orderOf, sortedBy, withOrder, withQuery, type StatisticsSearch } from './statistics-search-params';
import { LoadMore } from './stats-footer';
import { statsExportUrl } from './stats-format';
import { StatsFreshness } from './stats-freshness';
import { overviewQuery } from './stats-queries';
import { StatsComputing, StatsError, StatsTableSkeleton, TotalsSkeleton } from './stats-states';
import { StatsTable } from './stats-table';
import { StatsToolbar } from './stats-toolbar';

/** The Overview tab: the organization's totals, then its projects (searched, sorted, paged by the API). */
export function OverviewPanel({
  orgId,
  search,
  onSearch,
}: {
  orgId: string;
  search: StatisticsSearch;
  onSearch(next: StatisticsSearch): void;
}) {
  const order = orderOf(search) as { sort: StatsProjectSort; direction: 'asc' | 'desc' };
  const q = search.q ?? '';
  const box = useSearchBox(q, (value) => onSearch(withQuery(search, value)));
  const overview = useInfiniteQuery(overviewQuery(orgId, { search: q, ...order }));
  const now = useNow(30_000).getTime();
  const columns = useMemo(() => projectColumns(orgId, now), [orgId, now]);
  const first = overview.data?.pages[0];
  const items = overview.data?.pages.flatMap((page) => page.items) ?? [];

  if (overview.isError && !first) {
    return (
      <StatsError
        title="Statistics could not be loaded"
        error={overview.error}
        retrying={overview.isFetching}
        onRetry={() => void overview.refetch()}
      />
    );
  }
  if (first && first.computedAt === null) {
    return <StatsComputing />;
  }
  return (
    <>
      <div className="space-y-4 border-b border-zinc-200 p-4">
        {first?.computedAt ? <StatsFreshness computedAt={first.computedAt} /> : <div className="h-5" />}
        {first ? <OverviewTotals totals={first.totals} now={now} /> : <TotalsSkeleton />}
      </div>
      <h2 className="sr-only">Projects</h2>
      <StatsToolbar
        searchLabel="Search projects"
        placeholder="Search projects by name"
        typed={box.typed}
        onType={box.setTyped}
        searching={box.settling || (overview.isPlaceholderData && overview.isFetching)}
        sorts={columns.flatMap((c) => (c.sort ? [{ sort: c.sort, label: c.header }] : []))}
        order={order}
        onOrder={(sort, direction) => onSearch(withOrder(search, sort, direction))}
        exportUrl={statsExportUrl('overview', orgId)}
        exportLabel="Export CSV of all projects"
      />
      {!first ? (
        <StatsTableSkeleton label="Loading the projects" />
      ) : items.length === 0 ? (
        q ? (
          <EmptyState
            icon={SearchX}
            title={`No project matches “${q}”`}
            action={
              <Button variant="secondary" onClick={() => box.setTyped('')}>
                Clear search
              </Button>
            }
          >
            Search by part of a project’s name.
          </EmptyState>
        ) : (
          <EmptyState
            icon={FolderKanban}
            title="No projects yet"
            action={
              <Link to="/orgs/$orgId/projects" params={{ orgId }} className={buttonLinkClass('secondary')}>
                Go to projects
              </Link>
            }
          >
            Each project’s members, files, storage, uploads and downloads show here once the organization has
            projects.
          </EmptyState>
        )
      ) : (
        <>
          <p className="px-4 pt-3 text-xs text-zinc-600">
            {first.total} {first.total === 1 ? 'project' : 'projects'}
            {q ? ` matching “${q}”` : ''} · uploads and downloads of the last 30 days
          </p>
          <StatsTable
            caption="Projects: members, folders, files, storage, uploads and downloads in the last 30 days, last activity"
            columns={columns}
            rows={items}
            rowKey={(project) => project.projectId}
            order={order}
            onSort={(sort) => onSearch(sortedBy(search, sort))}
          />
        </>
      )}
      {overview.hasNextPage && first && (
        <LoadMore
          shown={items.length}
          total={first.total}
          noun="projects"
          loading={overview.isFetchingNextPage}
          onLoad={() => void overview.fetchNextPage()}
        />
      )}
    </>
  );
}
