// The webhooks feature's public surface (re-exported by the package entry).
export { assertPublicWebhookUrl, nonPublicRange, parseWebhookUrl, resolveWebhookTarget } from './address.js';
export type { ResolveAll, WebhookAddressOptions, WebhookTarget } from './address.js';
export {
  defaultWebhookSettings,
  webhookBackoffType,
  webhookMaxAttempts,
  webhookRetryDelayMs,
} from './settings.js';
export type { WebhookSettings } from './settings.js';
