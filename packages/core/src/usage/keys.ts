/**
 * Where usage counts wait in Redis (PRODUCT.md §7), all under `<prefix>:usage:`. The request path
 * adds to `pending` and to the month's totals in one pipeline; the worker's rollup renames
 * `pending` to `batch:<id>` (adding the id to `batches`) and applies each open batch to the
 * database exactly once.
 */
export const usageMetrics = { apiCalls: 'c', bandwidthIn: 'i', bandwidthOut: 'o' } as const;
export type UsageMetric = keyof typeof usageMetrics;

/** The sentinel for "no project" / "no API key" in counter fields and `usage_daily` rows. */
export const noId = '00000000-0000-0000-0000-000000000000';

export function usageKeys(prefix: string) {
  const base = `${prefix}:usage`;
  return {
    pending: `${base}:pending`,
    batches: `${base}:batches`,
    batch: (batchId: string) => `${base}:batch:${batchId}`,
    /** This month's totals of one organization (`c`, `o`), read by the API-key guard. */
    month: (orgId: string, at: Date) => `${base}:month:${orgId}:${at.toISOString().slice(0, 7)}`,
  };
}

/** A pending counter's field: `<orgId>|<YYYY-MM-DD>|<projectId|noId>|<apiKeyId|noId>|<c|i|o>`. */
export function counterField(
  orgId: string,
  day: string,
  projectId: string | null,
  apiKeyId: string | null,
  metric: UsageMetric,
): string {
  return `${orgId}|${day}|${projectId ?? noId}|${apiKeyId ?? noId}|${usageMetrics[metric]}`;
}
