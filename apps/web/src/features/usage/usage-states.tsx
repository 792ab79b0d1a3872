import { Link } from '@tanstack/react-router';
import { BarChart3, CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';

/** The page's shape while this month's figures load. */
export function UsageSkeleton() {
  return (
    <div role="status" aria-label="Loading usage" className="space-y-6">
      <Skeleton className="h-52" />
      <Skeleton className="h-80" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-48" />
        <Skeleton className="h-48" />
      </div>
    </div>
  );
}

/** A chart or table still loading, in its card. */
export function SectionSkeleton({ label, className }: { label: string; className: string }) {
  return (
    <div role="status" aria-label={label} className="px-4 py-4 sm:px-5">
      <Skeleton className={className} />
    </div>
  );
}

/** A read that failed: what the API said, and a way to try again. */
export function UsageError({
  title,
  error,
  retrying,
  onRetry,
}: {
  title: string;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
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

/** An organization that has used nothing yet: what will be counted, and where calls come from. */
export function NoUsageYet({ orgId }: { orgId: string }) {
  return (
    <Card>
      <EmptyState
        icon={BarChart3}
        title="No usage yet"
        action={
          <Link to="/orgs/$orgId/api-keys" params={{ orgId }} className={buttonLinkClass('secondary')}>
            Create an API key
          </Link>
        }
      >
        Roster counts each request made with an API key, the bytes uploaded and downloaded (in the web app and
        through the API) and the storage your files take, per UTC day. Charts and breakdowns appear here
        within about a minute of the first call or file.
      </EmptyState>
    </Card>
  );
}
