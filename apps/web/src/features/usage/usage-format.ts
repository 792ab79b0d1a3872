import { formatBytes } from '../content/upload/upload-format';
import { daysBetween, formatLongDay, type DayRange } from './usage-dates';

/**
 * One row of `usage.series` (the fields this page reads): a day, or a project's or an API key's
 * total over the range. A null id is usage outside any project, or by the signed-in web app.
 */
export interface UsageRow {
  day: string | null;
  projectId: string | null;
  projectName: string | null;
  apiKeyId: string | null;
  apiKeyName: string | null;
  apiKeyPrefix: string | null;
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

export type DayRow = Pick<UsageRow, 'apiCalls' | 'bandwidthIn' | 'bandwidthOut'> & { day: string };

export type ExportGroup = 'day' | 'project' | 'apiKey';

const count = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** "12,345". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "12K", "1.2M": an axis tick. */
export function formatCompactCount(value: number): string {
  return compact.format(value);
}

/** "1 API call", "12,345 API calls". */
export function apiCallsLabel(value: number): string {
  return `${formatCount(value)} API ${value === 1 ? 'call' : 'calls'}`;
}

/** Where a limit stands: no limit, comfortably under, from 80 % on, or reached. */
export type LimitState = 'unlimited' | 'ok' | 'near' | 'reached';

/** The share of the limit used, 0–1 (capped); null when unlimited. As the meter colours it. */
export function limitShare(used: number, limit: number | null): number | null {
  if (limit === null) return null;
  if (limit <= 0) return 1;
  return Math.min(1, Math.max(0, used / limit));
}

export function limitState(used: number, limit: number | null): LimitState {
  const share = limitShare(used, limit);
  if (share === null) return 'unlimited';
  if (share >= 1) return 'reached';
  return share >= 0.8 ? 'near' : 'ok';
}

/** "85 %" of the limit, floored (99.9 % is not yet 100 %). */
export function percentOf(used: number, limit: number): string {
  if (limit <= 0) return '100 %';
  return `${Math.floor((used / limit) * 100)} %`;
}

/** "1,234 of 10,000" / "1.2 GB of 10 GB", "… of unlimited". */
export function usedOfLabel(used: number, limit: number | null, unit: 'count' | 'bytes'): string {
  const format = unit === 'count' ? formatCount : formatBytes;
  return `${format(used)} of ${limit === null ? 'unlimited' : format(limit)}`;
}

/** "8,766 left", "3.4 GB left", "None left" or "Unlimited". */
export function leftLabel(used: number, limit: number | null, unit: 'count' | 'bytes'): string {
  if (limit === null) return 'Unlimited';
  const left = Math.max(0, limit - used);
  if (left === 0) return 'None left';
  return `${unit === 'count' ? formatCount(left) : formatBytes(left)} left`;
}

/**
 * One row per day of the range, in order, zeros where the API sent none (it fills them already;
 * this keeps the chart's axis whole whatever it sends).
 */
export function fillDays(rows: readonly UsageRow[], range: DayRange): DayRow[] {
  const byDay = new Map(rows.filter((row) => row.day !== null).map((row) => [row.day, row]));
  return daysBetween(range).map((day) => {
    const row = byDay.get(day);
    return {
      day,
      apiCalls: row?.apiCalls ?? 0,
      bandwidthIn: row?.bandwidthIn ?? 0,
      bandwidthOut: row?.bandwidthOut ?? 0,
    };
  });
}

/** Whether any call or byte was counted in these rows. */
export function hasUsage(rows: readonly Pick<UsageRow, 'apiCalls' | 'bandwidthIn' | 'bandwidthOut'>[]) {
  return rows.some((row) => row.apiCalls > 0 || row.bandwidthIn > 0 || row.bandwidthOut > 0);
}

type Metric = 'apiCalls' | 'bandwidthIn' | 'bandwidthOut';

export function totalOf(rows: readonly DayRow[], metric: Metric): number {
  return rows.reduce((sum, row) => sum + row[metric], 0);
}

/** The day with the most of `metric` (the earliest of equals); null when all are zero. */
export function busiestDay(rows: readonly DayRow[], metric: Metric): DayRow | null {
  let best: DayRow | null = null;
  for (const row of rows) if (row[metric] > 0 && (!best || row[metric] > best[metric])) best = row;
  return best;
}

/**
 * What a chart shows, in a sentence for screen readers: "API calls per day, last 30 days: 1,234
 * in total; the busiest day was Nov 28, 2026 with 120."
 */
export function chartSummary(
  rows: readonly DayRow[],
  metric: Metric,
  { title, period, unit }: { title: string; period: string; unit: 'count' | 'bytes' },
): string {
  const format = unit === 'count' ? formatCount : formatBytes;
  const busiest = busiestDay(rows, metric);
  const total = `${title}, ${period}: ${format(totalOf(rows, metric))} in total`;
  if (!busiest) return `${total}.`;
  return `${total}; the busiest day was ${formatLongDay(busiest.day)} with ${format(busiest[metric])}.`;
}

/** A project's row: its name; "No project" for usage outside any; "Deleted project" for a gone one. */
export function projectLabel(row: Pick<UsageRow, 'projectId' | 'projectName'>): string {
  if (row.projectId === null) return 'No project';
  return row.projectName ?? 'Deleted project';
}

/** An API key's row: its name; "Signed-in web app" for the web app's own traffic (no key). */
export function apiKeyLabel(row: Pick<UsageRow, 'apiKeyId' | 'apiKeyName'>): string {
  if (row.apiKeyId === null) return 'Signed-in web app';
  return row.apiKeyName ?? 'Deleted key';
}

/** The CSV export of the API (a plain link: the browser downloads it with the session cookie). */
export function usageExportUrl({
  orgId,
  from,
  to,
  groupBy,
}: DayRange & { orgId: string; groupBy: ExportGroup }): string {
  const query = new URLSearchParams({ orgId, from, to, groupBy });
  return `/v1/exports/usage.csv?${query.toString()}`;
}
