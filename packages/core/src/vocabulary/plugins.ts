/** The plugins of the catalog (PRODUCT.md §8), as stored in `plugins.kind`. */
export const pluginKinds = ['webhook', 'usage_alert'] as const;
export type PluginKind = (typeof pluginKinds)[number];

/** The usage metrics a usage alert can watch, each against one limit of the organization (§12). */
export const usageAlertMetrics = ['apiCalls', 'bandwidthOut', 'storage'] as const;
export type UsageAlertMetric = (typeof usageAlertMetrics)[number];

export const usageAlertLimits = {
  apiCalls: 'apiCallsPerMonth',
  bandwidthOut: 'bandwidthOutPerMonth',
  storage: 'storageBytes',
} as const;

/** A webhook delivery's state: waiting for its first attempt, between retries, done, given up. */
export const webhookDeliveryStatuses = ['pending', 'retrying', 'succeeded', 'failed'] as const;
export type WebhookDeliveryStatusName = (typeof webhookDeliveryStatuses)[number];

/** The header a webhook request is signed in: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const webhookSignatureHeader = 'Roster-Signature';
