import { CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Skeleton } from '../../components/ui/skeleton';
import { Spinner } from '../../components/ui/spinner';
import { readApiError } from '../../lib/api-error';

/** A table's shape while its first page loads. */
export function StatsTableSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="divide-y divide-zinc-100">
      {[0, 1, 2, 3, 4].map((row) => (
        <div key={row} className="flex items-center gap-4 px-4 py-3.5">
          <div className="min-w-0 flex-1 space-y-1.5">
            <Skeleton className="h-3.5 w-40 max-w-full" />
            <Skeleton className="h-3 w-56 max-w-full sm:hidden" />
          </div>
          <Skeleton className="h-3.5 w-14 shrink-0" />
          <Skeleton className="h-3.5 w-14 shrink-0 max-sm:hidden" />
          <Skeleton className="h-3.5 w-14 shrink-0 max-md:hidden" />
          <Skeleton className="h-3.5 w-20 shrink-0 max-xl:hidden" />
        </div>
      ))}
    </div>
  );
}

/** The organization's totals while they load: the tiles' shape. */
export function TotalsSkeleton() {
  return (
    <div role="status" aria-label="Loading the totals" className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {[0, 1, 2, 3, 4, 5, 6, 7].map((tile) => (
        <Skeleton key={tile} className="h-[5.5rem]" />
      ))}
    </div>
  );
}

/** A read that failed: what the API said, and a way to try again. */
export function StatsError({
  title,
  error,
  retrying,
  onRetry,
}: {
  title: string;
  error: unknown;
  retrying: boolean;
  onRetry(): void;
}) {
  return (
    <EmptyState
      icon={CloudOff}
      title={title}
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

/** Never computed yet (a recompute has been asked for): the page asks again until they arrive. */
export function StatsComputing() {
  return (
    <div className="flex flex-col items-center justify-center px-6 py-16 text-center">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-zinc-100 text-zinc-500">
        <Spinner className="size-6" label="Computing" />
      </div>
      <h2 className="text-base font-semibold text-zinc-900">Statistics are being computed…</h2>
      <p className="mt-1 max-w-sm text-sm text-zinc-600">
        This organization’s figures are being counted for the first time: they appear here on their own in a
        moment. After that they refresh shortly after changes, and every night.
      </p>
    </div>
  );
}
