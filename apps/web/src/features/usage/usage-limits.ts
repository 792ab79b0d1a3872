import { formatUtcDate, nextMonthStart } from './usage-dates';
import { limitState, percentOf, type LimitState } from './usage-format';

/** `usage.summary` (the fields this page reads): this UTC month against the organization's limits. */
export interface UsageSummary {
  from: string;
  to: string;
  /** When the worker last moved counts into the database (ISO), null before its first rollup. */
  updatedAt: string | null;
  apiCalls: { used: number; limit: number | null };
  bandwidthIn: { used: number };
  bandwidthOut: { used: number; limit: number | null };
  storage: { used: number; peak: number; limit: number | null };
}

export interface LimitWarning {
  key: 'apiCalls' | 'bandwidthOut' | 'storage';
  state: Extract<LimitState, 'near' | 'reached'>;
  message: string;
}

const monthly = { apiCalls: 'API calls', bandwidthOut: 'Bandwidth out' } as const;

/**
 * What happens near and at each limit (PRODUCT.md §7, §12), for the limits at 80 % or more: the
 * month's API calls and bandwidth out refuse API-key requests (the web app keeps working) until the
 * month ends; full storage refuses uploads.
 */
export function limitWarnings(summary: UsageSummary, now: Date): LimitWarning[] {
  const warnings: LimitWarning[] = [];
  const until = formatUtcDate(nextMonthStart(now));
  for (const key of ['apiCalls', 'bandwidthOut'] as const) {
    const { used, limit } = summary[key];
    const state = limitState(used, limit);
    if (limit === null || (state !== 'near' && state !== 'reached')) continue;
    const refused = `requests made with API keys are refused (429 USAGE_LIMIT_REACHED) until ${until}, when the month’s counts restart. The web app keeps working.`;
    warnings.push({
      key,
      state,
      message:
        state === 'reached'
          ? `${monthly[key]}: this month’s limit is reached, so ${refused}`
          : `${monthly[key]}: ${percentOf(used, limit)} of this month’s limit used. At the limit, ${refused}`,
    });
  }
  const { used, limit } = summary.storage;
  const state = limitState(used, limit);
  if (limit !== null && (state === 'near' || state === 'reached')) {
    warnings.push({
      key: 'storage',
      state,
      message:
        state === 'reached'
          ? 'Storage: the limit is reached, so uploads are refused until files are deleted or the limit is raised. Stored files can still be downloaded.'
          : `Storage: ${percentOf(used, limit)} of the limit used. At the limit, uploads are refused until files are deleted or the limit is raised.`,
    });
  }
  return warnings;
}

/** Whether the organization has used nothing yet: no call, no byte, nothing stored this month. */
export function summaryIsEmpty(summary: UsageSummary): boolean {
  return (
    summary.apiCalls.used === 0 &&
    summary.bandwidthIn.used === 0 &&
    summary.bandwidthOut.used === 0 &&
    summary.storage.used === 0 &&
    summary.storage.peak === 0
  );
}
