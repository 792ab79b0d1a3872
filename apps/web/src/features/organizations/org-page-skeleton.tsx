import { Skeleton } from '../../components/ui/skeleton';

/** The shape of an organization page while it loads. */
export function OrgPageSkeleton() {
  return (
    <div role="status" aria-label="Loading organization">
      <Skeleton className="mb-2 h-3 w-24" />
      <Skeleton className="mb-2 h-7 w-64" />
      <Skeleton className="mb-8 h-4 w-48" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Skeleton className="h-32" />
        <Skeleton className="h-32" />
        <Skeleton className="h-32" />
      </div>
      <Skeleton className="mt-6 h-24" />
    </div>
  );
}
