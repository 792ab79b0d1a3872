import { assertPublicWebhookUrl } from '../webhooks/address.js';
import type { PluginKind } from '../vocabulary/plugins.js';

/** What the process running a use case decides (the API passes WEBHOOK_ALLOW_PRIVATE). */
export interface PluginOptions {
  /** `WEBHOOK_ALLOW_PRIVATE=true`: webhook URLs may resolve to loopback/private/link-local addresses. */
  allowPrivateWebhooks: boolean;
}

/**
 * A kind's settings checked beyond their schema, before any transaction opens (a DNS lookup must
 * not hold locks): a webhook's URL resolves to public addresses only, unless the operator allows
 * private ones (WEBHOOK_URL_INVALID / WEBHOOK_URL_PRIVATE, field `config.url`).
 */
export async function checkPluginConfig(
  kind: PluginKind,
  config: Record<string, unknown>,
  options: PluginOptions,
): Promise<void> {
  if (kind === 'webhook') {
    await assertPublicWebhookUrl(String(config.url), { allowPrivate: options.allowPrivateWebhooks });
  }
}
