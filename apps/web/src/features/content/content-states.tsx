import { CloudOff, FolderOpen, FolderPlus, SearchX } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';

/** The table's shape while the first page loads. */
export function ContentSkeleton() {
  return (
    <div role="status" aria-label="Loading files and folders" className="divide-y divide-zinc-100">
      {[0, 1, 2, 3, 4].map((row) => (
        <div key={row} className="flex items-center gap-4 px-4 py-4">
          <Skeleton className="size-4 shrink-0" />
          <Skeleton className="size-5 shrink-0" />
          <Skeleton className="h-3.5 w-48 max-w-full flex-1 sm:flex-none" />
          <Skeleton className="ml-auto h-3.5 w-16 shrink-0 max-md:hidden" />
          <Skeleton className="h-3.5 w-24 shrink-0 max-md:hidden" />
        </div>
      ))}
    </div>
  );
}

export function ContentError({
  error,
  retrying,
  onRetry,
}: {
  error: unknown;
  retrying: boolean;
  onRetry(): void;
}) {
  return (
    <EmptyState
      icon={CloudOff}
      title="Files and folders could not be loaded"
      action={
        <Button variant="secondary" loading={retrying} onClick={onRetry}>
          Try again
        </Button>
      }
    >
      {readApiError(error).message}
    </EmptyState>
  );
}

/** An empty folder: whoever may add content is invited to (upload, or a new folder). */
export function EmptyFolder({
  root,
  canWrite,
  onNewFolder,
}: {
  root: boolean;
  canWrite: boolean;
  onNewFolder(): void;
}) {
  const title = root ? 'No files yet' : 'This folder is empty';
  return (
    <EmptyState
      icon={FolderOpen}
      title={title}
      action={
        canWrite && (
          <Button variant="secondary" onClick={onNewFolder}>
            <FolderPlus aria-hidden className="size-4" />
            New folder
          </Button>
        )
      }
    >
      {canWrite
        ? 'Drop files or whole folders here, or choose Upload above. Folders keep things in order.'
        : 'Nothing has been added here yet. People who can contribute to the project add files.'}
    </EmptyState>
  );
}

export function NoResults({ search, onClear }: { search: string; onClear(): void }) {
  return (
    <EmptyState
      icon={SearchX}
      title={`Nothing matches “${search}”`}
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear search
        </Button>
      }
    >
      The search looks at the names of every file and folder in the project. Try part of a name.
    </EmptyState>
  );
}
