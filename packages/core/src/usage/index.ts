// Server-side usage metering (PRODUCT.md §7): counting on the request path, the worker's rollup,
// storage snapshots and the reads behind usage.summary / usage.series / the CSV export.
export { UsageMeter } from './meter.js';
export type { ActivityHit, UsageHit } from './meter.js';
export { activityField, activityMetrics, counterField, noId, usageKeys, usageMetrics } from './keys.js';
export type { ActivityMetric, UsageMetric } from './keys.js';
export { appliedBatchRetentionMs, rollupUsage } from './rollup.js';
export type { RollupResult, RollupSettings } from './rollup.js';
export { recordStorage } from './storage.js';
export { usageCsvRows, usageSeries, usageSummary } from './read.js';
