import { Link } from '@tanstack/react-router';
import { FolderX } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import { readApiError } from '../../lib/api-error';
import type { ContentItem, ContentList } from './content-queries';
import { ContentTable } from './content-table';
import type { ContentTableMeta } from './content-table-model';
import { ContentError, ContentSkeleton, EmptyFolder, NoResults } from './content-states';

type TableProps = Omit<
  Parameters<typeof ContentTable>[0],
  'items' | 'meta' | 'hasMore' | 'loadingMore' | 'onLoadMore'
>;

/** The listing, or what stands in for it: a skeleton, an error to retry, an empty folder, no results. */
export function ContentBody({
  list,
  items,
  meta,
  search,
  root,
  projectName,
  onClearSearch,
  onNewFolder,
  table,
}: {
  list: ContentList;
  items: ContentItem[];
  meta: ContentTableMeta;
  search: string;
  root: boolean;
  projectName: string;
  onClearSearch(): void;
  onNewFolder(): void;
  table: TableProps;
}): ReactNode {
  if (list.isPending) return <ContentSkeleton />;
  if (list.isError && !list.data) {
    if (readApiError(list.error).code === 'NOT_FOUND' && !root)
      return (
        <EmptyState
          icon={FolderX}
          title="Folder not found"
          action={
            <Link
              to="/orgs/$orgId/projects/$projectId"
              params={{ orgId: meta.orgId, projectId: meta.projectId }}
              search={meta.folderSearch(null)}
              className={buttonLinkClass('secondary')}
            >
              Back to {projectName}
            </Link>
          }
        >
          It may have been deleted or moved to another project.
        </EmptyState>
      );
    return <ContentError error={list.error} retrying={list.isFetching} onRetry={() => void list.refetch()} />;
  }
  if (items.length === 0) {
    if (search) return <NoResults search={search} onClear={onClearSearch} />;
    return <EmptyFolder root={root} canWrite={meta.canWrite} onNewFolder={onNewFolder} />;
  }
  return (
    <>
      <ContentTable
        {...table}
        items={items}
        meta={meta}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600">
        <span aria-live="polite">
          {items.length.toLocaleString('en-US')} {items.length === 1 ? 'item' : 'items'}
          {list.hasNextPage ? ' loaded' : ''}
        </span>
        {list.hasNextPage && (
          <Button
            variant="secondary"
            size="sm"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Load more
          </Button>
        )}
      </div>
    </>
  );
}
