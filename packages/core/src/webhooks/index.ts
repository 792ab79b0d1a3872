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
export { verifyWebhookSignature, webhookSignature } from './sign.js';
export { createWebhookDeliveries, webhookSubscriber, webhookWants } from './subscriber.js';
export { deliverWebhook } from './deliver.js';
export type { DeliverInput, DeliverOutcome } from './deliver.js';
export type { WebhookBody } from './body.js';
export { listDeliveries } from './list.js';
export type { ListDeliveriesInput } from './list.js';
export { deliveryNotFound, redeliver } from './redeliver.js';
export { requeueWebhookDeliveries } from './requeue.js';
