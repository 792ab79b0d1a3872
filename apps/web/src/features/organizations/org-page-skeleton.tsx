import { Skeleton } from '../../components/ui/skeleton';

/** The shape of an organization page while it loads. */
export function OrgPageSkeleton() {
  return (
    <div role="status" aria-label="Loading organization">
      <Skeleton className="mb-2 h-3 w-24" />
      <Skeleton className="mb-2 h-7 w-64 max-w-full" />
      <Skeleton className="mb-8 h-4 w-48" />
      <Skeleton className="mb-6 h-32" />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Skeleton className="h-56" />
        <Skeleton className="h-56" />
      </div>
    </div>
  );
}
