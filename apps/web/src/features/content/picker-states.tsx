import { CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';

/** The move dialog's list while it loads ("Loading folders", "Loading projects"). */
export function PickerLoading({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-2 p-2">
      <Skeleton className="h-5 w-48" />
      <Skeleton className="h-5 w-36" />
    </div>
  );
}

/** The move dialog's list when it could not load: what failed, in words, and Try again. */
export function PickerError({
  what,
  query,
}: {
  what: string;
  query: { error: unknown; isFetching: boolean; refetch(): unknown };
}) {
  return (
    <div className="flex flex-col items-center gap-3 p-4 text-center text-sm text-zinc-600">
      <CloudOff aria-hidden className="size-5 text-zinc-400" />
      <p>
        {what} could not be loaded: {readApiError(query.error).message}
      </p>
      <Button variant="secondary" size="sm" loading={query.isFetching} onClick={() => void query.refetch()}>
        Try again
      </Button>
    </div>
  );
}
