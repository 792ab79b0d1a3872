import type { JobHandler } from './types.js';

// Being built by the webhooks helper (issue 12): replaced before this lands.
export const webhookDeliverJob: JobHandler<'webhook.deliver'> = async () => {
  throw new Error('webhook.deliver: not built yet');
};
