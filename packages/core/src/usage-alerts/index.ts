// The usage-alerts feature's public surface (re-exported by the package entry).
export { checkUsageAlerts } from './check.js';
export type { SentUsageAlert } from './check.js';
export { usageAlertEmailData } from './email-data.js';
export type { UsageAlertEmailData } from './email-data.js';
export { enqueueUsageAlertChecks, orgsWithUsageAlerts } from './enqueue.js';
export { usageAlertEmailKey, usageAlertOfKey } from './keys.js';
export { monthUsage } from './month-usage.js';
export type { UsageSources } from './month-usage.js';
export type { UsageAlertContext } from './send-alert.js';
export { crossings } from './thresholds.js';
export type { Crossing } from './thresholds.js';
