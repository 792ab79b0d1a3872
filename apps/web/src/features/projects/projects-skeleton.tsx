import { Skeleton } from '../../components/ui/skeleton';

/** The shape of the projects table while it loads. */
export function ProjectsSkeleton() {
  return (
    <div role="status" aria-label="Loading projects" className="divide-y divide-zinc-100">
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex items-center gap-4 px-5 py-4">
          <Skeleton className="size-9 shrink-0" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3 w-72" />
          </div>
          <Skeleton className="h-5 w-28 rounded-full" />
          <Skeleton className="h-4 w-20" />
          <Skeleton className="h-5 w-20 rounded-full" />
        </div>
      ))}
    </div>
  );
}
