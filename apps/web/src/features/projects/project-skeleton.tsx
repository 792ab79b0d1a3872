import { Skeleton } from '../../components/ui/skeleton';

/** The shape of a project's page while it loads. */
export function ProjectSkeleton() {
  return (
    <div role="status" aria-label="Loading project">
      <Skeleton className="mb-4 h-4 w-32" />
      <Skeleton className="mb-2 h-7 w-64" />
      <Skeleton className="mb-8 h-4 w-96" />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
      <Skeleton className="mt-6 h-64" />
    </div>
  );
}
