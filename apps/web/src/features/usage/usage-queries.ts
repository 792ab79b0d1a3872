import { trpc } from '../../lib/trpc';
import type { DayRange } from './usage-dates';

/**
 * The worker adds new counts every minute: the page reads again each minute while it is open, so
 * "updated … ago" and the figures stay current without a reload.
 */
const everyMinute = { refetchInterval: 60_000 } as const;

/** This UTC month against the organization's limits. */
export const usageSummaryQuery = (orgId: string) => trpc.usage.summary.queryOptions({ orgId }, everyMinute);

/** A day's, a project's or an API key's totals over the range. */
export const usageSeriesQuery = (orgId: string, range: DayRange, groupBy: 'day' | 'project' | 'apiKey') =>
  trpc.usage.series.queryOptions({ orgId, from: range.from, to: range.to, groupBy }, everyMinute);
