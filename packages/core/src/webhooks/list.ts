import { Plugin, WebhookDelivery } from '@roster/db';
import { assertCan } from '../permissions/assert.js';
import { pluginNotFound } from '../plugins/errors.js';
import type { WebhookDeliveryPageDto } from '../plugins/schemas.js';
import type { Scope } from '../scope.js';
import { decodeDeliveryCursor, encodeDeliveryCursor } from './cursor.js';
import { lastAttempts } from './attempts.js';
import { toWebhookDeliveryDto } from './dto.js';

/** Deliveries per page unless asked otherwise. */
export const deliveryPageDefaultLimit = 25;

export interface ListDeliveriesInput {
  pluginId: string;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * `plugin.deliveries` (owners and admins): a webhook's delivery log, newest first, a keyset cursor;
 * each delivery with its last 20 attempts. Two queries a page: the deliveries, then their attempts.
 * A plugin of another organization (or none) is PLUGIN_NOT_FOUND.
 */
export async function listDeliveries(
  scope: Scope,
  input: ListDeliveriesInput,
): Promise<WebhookDeliveryPageDto> {
  assertCan(scope, 'plugin.manage');
  const { em, org } = scope;
  const plugin = await em.findOne(Plugin, { id: input.pluginId, organization: org.id }, { fields: ['id'] });
  if (!plugin) throw pluginNotFound();
  const after = input.cursor ? decodeDeliveryCursor(input.cursor) : undefined;
  const limit = input.limit ?? deliveryPageDefaultLimit;
  const rows = await em.find(
    WebhookDelivery,
    {
      plugin: plugin.id,
      ...(after
        ? {
            $or: [
              { createdAt: { $lt: after.createdAt } },
              { createdAt: after.createdAt, id: { $lt: after.id } },
            ],
          }
        : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1, disableIdentityMap: true },
  );
  const page = rows.slice(0, limit);
  const attempts = await lastAttempts(
    em,
    page.map((d) => d.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((d) => toWebhookDeliveryDto(d, attempts.get(d.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeDeliveryCursor(last) : null,
  };
}
