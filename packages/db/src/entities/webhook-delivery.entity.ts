import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';
import type { Plugin } from './plugin.entity.js';

export type WebhookDeliveryStatus = 'pending' | 'retrying' | 'succeeded' | 'failed';

/**
 * One event (an audit record, `eventId`) owed to one webhook: created once per pair by the
 * after-commit subscriber (unique), then attempted by the worker's `webhook.deliver` jobs until a
 * 2xx or 24 hours of retries. The `last*` fields summarize the latest attempt for the log.
 */
export class WebhookDelivery extends BaseEntity {
  organization!: Ref<Organization>;
  plugin!: Ref<Plugin>;
  eventId!: string;
  action!: string;
  status: Opt<WebhookDeliveryStatus> = 'pending';
  attempts: Opt<number> = 0;
  lastResponseCode: Opt<number> | null = null;
  lastDurationMs: Opt<number> | null = null;
  lastError: Opt<string> | null = null;
  lastAttemptAt: Opt<Date> | null = null;
  nextAttemptAt: Opt<Date> | null = null;
  deliveredAt: Opt<Date> | null = null;
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery, BaseEntity>({
  class: WebhookDelivery,
  extends: BaseEntitySchema,
  tableName: 'webhook_deliveries',
  uniques: [{ name: 'webhook_deliveries_plugin_event_unique', properties: ['plugin', 'eventId'] }],
  indexes: [{ name: 'webhook_deliveries_plugin_created_index', properties: ['plugin', 'createdAt'] }],
  properties: {
    organization: { kind: 'm:1', entity: 'Organization', ref: true, deleteRule: 'cascade', index: false },
    plugin: { kind: 'm:1', entity: 'Plugin', ref: true, deleteRule: 'cascade', index: false },
    eventId: { type: 'uuid' },
    action: { type: 'string', length: 60 },
    status: { type: 'string', length: 12, default: 'pending' },
    attempts: { type: 'integer', default: 0 },
    lastResponseCode: { type: 'integer', nullable: true },
    lastDurationMs: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 500, nullable: true },
    lastAttemptAt: { type: t.datetime, nullable: true },
    nextAttemptAt: { type: t.datetime, nullable: true },
    deliveredAt: { type: t.datetime, nullable: true },
  },
});
