import { RefreshCw } from 'lucide-react';
import { useNow } from '../usage/use-now';
import { activityLabel, formatExact, freshnessLabel } from './stats-format';

/**
 * "Updated 2 minutes ago" (renewed as time passes; the exact time on hover), and when the figures
 * are computed again.
 */
export function StatsFreshness({ computedAt }: { computedAt: string }) {
  const now = useNow(30_000);
  return (
    <p className="flex items-start gap-2 text-sm text-zinc-600">
      <RefreshCw aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-500" />
      <span>
        <time dateTime={computedAt} title={formatExact(computedAt)}>
          {freshnessLabel(computedAt, now.getTime())}
        </time>
        . They refresh shortly after changes, and every night.
      </span>
    </p>
  );
}

/** A past moment relative to now ("3 days ago"), exact on hover; "Never" when there is none. */
export function When({ iso, now }: { iso: string | null; now: number }) {
  if (!iso) return <span className="text-zinc-500">Never</span>;
  return (
    <time dateTime={iso} title={formatExact(iso)}>
      {activityLabel(iso, now)}
    </time>
  );
}
