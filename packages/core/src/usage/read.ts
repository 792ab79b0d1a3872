import { assertCan } from '../permissions/assert.js';
import type { Scope } from '../scope.js';
import { assertPeriod, daysOf, monthOf } from './days.js';
import { noId } from './keys.js';
import {
  findDailyTotals,
  findGroupTotals,
  findStorageDays,
  findSummaryTotals,
  type GroupTotals,
  type Period,
} from './queries.js';
import type {
  UsageRow,
  UsageSeriesDto,
  UsageSeriesInput,
  UsageSummaryDto,
  UsageSummaryInput,
} from './schemas.js';

const emptyRow: UsageRow = {
  day: null,
  projectId: null,
  projectName: null,
  apiKeyId: null,
  apiKeyName: null,
  apiKeyPrefix: null,
  apiCalls: 0,
  bandwidthIn: 0,
  bandwidthOut: 0,
  storagePeak: null,
};

/**
 * `usage.summary` (owners, admins; keys with usage:read): the period's usage (this UTC month by
 * default) against the organization's limits, as of the last rollup (`updatedAt`).
 */
export async function usageSummary(scope: Scope, input: UsageSummaryInput): Promise<UsageSummaryDto> {
  assertCan(scope, 'usage.read');
  const month = monthOf(scope.now);
  const from = input.from ?? month.from;
  const to = input.to ?? month.to;
  assertPeriod(from, to);
  const today = scope.now.toISOString().slice(0, 10);
  const totals = await findSummaryTotals(scope.em, { orgId: scope.org.id, from, to });
  const { limits } = scope.org;
  return {
    from,
    to,
    updatedAt: totals.updatedAt?.toISOString() ?? null,
    apiCalls: { used: totals.apiCalls, limit: limits.apiCallsPerMonth },
    bandwidthIn: { used: totals.bandwidthIn },
    bandwidthOut: { used: totals.bandwidthOut, limit: limits.bandwidthOutPerMonth },
    storage: {
      used: totals.storageUsed,
      // Bytes stored before storage was first recorded have no day row: today's count as they are now.
      peak:
        from <= today && today <= to ? Math.max(totals.storagePeak, totals.storageUsed) : totals.storagePeak,
      limit: limits.storageBytes,
    },
  };
}

/** One row per day of the period, zeros where nothing was used; storage carried across quiet days. */
async function dayRows(scope: Scope, period: Period): Promise<UsageRow[]> {
  const [totals, storage] = await Promise.all([
    findDailyTotals(scope.em, period),
    findStorageDays(scope.em, period),
  ]);
  const byDay = new Map(totals.map((t) => [t.day, t]));
  const storageByDay = new Map(storage.days.map((s) => [s.day, s]));
  let carried = storage.carried;
  return daysOf(period.from, period.to).map((day) => {
    const t = byDay.get(day);
    const s = storageByDay.get(day);
    const storagePeak = s ? s.peak : carried;
    if (s) carried = s.last;
    return {
      ...emptyRow,
      day,
      apiCalls: t?.apiCalls ?? 0,
      bandwidthIn: t?.bandwidthIn ?? 0,
      bandwidthOut: t?.bandwidthOut ?? 0,
      storagePeak,
    };
  });
}

const idOrNull = (id: string) => (id === noId ? null : id);

function groupRow(by: 'project' | 'apiKey', g: GroupTotals): UsageRow {
  const counts = { apiCalls: g.apiCalls, bandwidthIn: g.bandwidthIn, bandwidthOut: g.bandwidthOut };
  if (by === 'project') return { ...emptyRow, ...counts, projectId: idOrNull(g.id), projectName: g.name };
  return { ...emptyRow, ...counts, apiKeyId: idOrNull(g.id), apiKeyName: g.name, apiKeyPrefix: g.prefix };
}

/**
 * `usage.series`: the period (both days included, ≤ 366 days) by day, by project or by API key.
 * Set-based: one grouped query on `usage_daily` (its primary key starts with organization and
 * day), plus the storage days for the daily view.
 */
export async function usageSeries(scope: Scope, input: UsageSeriesInput): Promise<UsageSeriesDto> {
  assertCan(scope, 'usage.read');
  const { from, to, groupBy } = input;
  assertPeriod(from, to);
  const period = { orgId: scope.org.id, from, to };
  const rows =
    groupBy === 'day'
      ? await dayRows(scope, period)
      : (await findGroupTotals(scope.em, groupBy, period)).map((g) => groupRow(groupBy, g));
  return { from, to, groupBy, rows };
}

/**
 * The rows of the CSV export (`GET /v1/exports/usage.csv`), checked like `usage.series`: permission
 * and period are refused before the first row, so a refusal is an error response, not a broken file.
 */
export async function usageCsvRows(scope: Scope, input: UsageSeriesInput): Promise<AsyncIterable<UsageRow>> {
  const series = await usageSeries(scope, input);
  return (async function* rows() {
    yield* series.rows;
  })();
}
