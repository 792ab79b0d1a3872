import { formatRelative } from '../../lib/dates';
import { formatBytes } from '../content/upload/upload-format';
import { formatCount } from '../usage/usage-format';
import type { StatsTab } from './statistics-search-params';

export { formatBytes, formatCount };

const exactFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 30, 2026, 7:42 PM": the exact moment, for a relative date's title. */
export function formatExact(iso: string): string {
  return exactFormat.format(new Date(iso));
}

/**
 * "2 minutes ago", "yesterday", "just now": a past moment. A browser clock a little behind the
 * server's must not say "in 1 minute".
 */
export function pastRelative(iso: string, now: number): string {
  const at = Math.min(new Date(iso).getTime(), now);
  return formatRelative(new Date(at).toISOString(), now);
}

/** "3 days ago", or "Never" when nothing has happened yet. */
export function activityLabel(iso: string | null, now: number): string {
  return iso ? pastRelative(iso, now) : 'Never';
}

/** "Updated 2 minutes ago", "Updated just now"; null while the first computation is still running. */
export function freshnessLabel(computedAt: string | null, now: number): string | null {
  return computedAt ? `Updated ${pastRelative(computedAt, now)}` : null;
}

/** "1 member", "12 members": a count and its noun (plural with an s, or as given). */
export function countOf(value: number, one: string, many = `${one}s`): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

/**
 * A tab's CSV export: every row of the last computation, whatever the table's search and
 * order (a plain link: the browser downloads it with the session cookie).
 */
export function statsExportUrl(tab: StatsTab, orgId: string): string {
  return `/v1/exports/${tab}.csv?${new URLSearchParams({ orgId }).toString()}`;
}

/**
 * While the first computation runs (computedAt null) the page asks again every 3 seconds; after
 * that every minute, so that a recompute after a change or the nightly one shows without a reload.
 */
export function statsRefetchInterval(first: { computedAt: string | null } | undefined): number | false {
  if (!first) return false;
  return first.computedAt === null ? 3_000 : 60_000;
}
