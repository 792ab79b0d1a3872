/**
 * Where usage counts wait in Redis (PRODUCT.md §7), all under `<prefix>:usage:`. The request path
 * adds to `pending` and to the month's totals in one pipeline; the worker's rollup renames
 * `pending` to `batch:<id>` (adding the id to `batches`) and applies each open batch to the
 * database exactly once.
 */
export const usageMetrics = { apiCalls: 'c', bandwidthIn: 'i', bandwidthOut: 'o' } as const;
export type UsageMetric = keyof typeof usageMetrics;

/**
 * The statistics' activity (PRODUCT.md §8), counted with the usage in the same pending hash and
 * rolled up by the same batch into `activity_daily`: uploads (assets created), downloads (content
 * answered from byte 0, zips), bytes uploaded (the created assets' sizes) and bytes downloaded.
 */
export const activityMetrics = {
  uploads: 'au',
  downloads: 'ad',
  bytesUploaded: 'ai',
  bytesDownloaded: 'ao',
} as const;
export type ActivityMetric = keyof typeof activityMetrics;

/** The sentinel for "no project" / "no API key" / "no person" in counter fields and daily rows. */
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

/**
 * A pending activity counter's field: `<orgId>|<YYYY-MM-DD>|<projectId>|<userId|noId>|<au|ad|ai|ao>`
 * (`noId` for an API key's requests).
 */
export function activityField(
  orgId: string,
  day: string,
  projectId: string,
  userId: string | null,
  metric: ActivityMetric,
): string {
  return `${orgId}|${day}|${projectId}|${userId ?? noId}|${activityMetrics[metric]}`;
}
