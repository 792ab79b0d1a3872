/** The usage metrics an alert watches (core's `usageAlertMetrics`; this package does not import core). */
export type UsageAlertMetricName = 'apiCalls' | 'bandwidthOut' | 'storage';

/** The metric in a sentence: "its API calls limit", "its storage limit". */
export const usageAlertMetricLabels: Record<UsageAlertMetricName, string> = {
  apiCalls: 'API calls',
  bandwidthOut: 'bandwidth out',
  storage: 'storage',
};

const count = new Intl.NumberFormat('en-US');
const units = ['bytes', 'KB', 'MB', 'GB', 'TB', 'PB'];

/**
 * "812 bytes", "1.5 KB", "12 GB": binary, as the plans count (1 GB of storage is 1024³ bytes) and
 * as the usage page shows it. One decimal below 10, none from 10 on, floored (9.99 GB is 9.9 GB).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${count.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return `${count.format(shown)} ${units[unit]}`;
}

/** Used against the limit, in the metric's units: "8,500 of 10,000 API calls", "9.5 GB of 10 GB". */
export function usedOfLimit(metric: UsageAlertMetricName, used: number, limit: number): string {
  if (metric === 'apiCalls') return `${count.format(used)} of ${count.format(limit)} API calls`;
  return `${formatBytes(used)} of ${formatBytes(limit)}`;
}
