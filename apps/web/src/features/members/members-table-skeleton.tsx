import { Skeleton } from '../../components/ui/skeleton';

/** The table's shape while the first page loads. */
export function MembersTableSkeleton() {
  return (
    <div role="status" aria-label="Loading members" className="divide-y divide-zinc-100">
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="flex items-center gap-3 px-4 py-3.5">
          <Skeleton className="size-8 rounded-full" />
          <div className="flex-1 space-y-1.5">
            <Skeleton className="h-3.5 w-40" />
            <Skeleton className="h-3 w-56" />
          </div>
          <Skeleton className="h-3.5 w-16" />
          <Skeleton className="h-5 w-20 rounded-full" />
          <Skeleton className="h-3.5 w-28" />
        </div>
      ))}
    </div>
  );
}
