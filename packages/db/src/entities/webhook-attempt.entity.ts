import { randomUUID } from 'node:crypto';
import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import type { WebhookDelivery } from './webhook-delivery.entity.js';

/** One HTTP attempt of a webhook delivery: when, what came back (or why none), how long it took. */
export class WebhookAttempt {
  id: Opt<string> = randomUUID();
  delivery!: Ref<WebhookDelivery>;
  startedAt!: Date;
  responseCode: Opt<number> | null = null;
  durationMs: Opt<number> | null = null;
  error: Opt<string> | null = null;
  /** Asked for by a person ("redeliver"), not a scheduled retry. */
  redelivery: Opt<boolean> = false;
}

export const WebhookAttemptSchema = new EntitySchema<WebhookAttempt>({
  class: WebhookAttempt,
  tableName: 'webhook_attempts',
  indexes: [{ name: 'webhook_attempts_delivery_started_index', properties: ['delivery', 'startedAt'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    delivery: { kind: 'm:1', entity: 'WebhookDelivery', ref: true, deleteRule: 'cascade', index: false },
    startedAt: { type: t.datetime },
    responseCode: { type: 'integer', nullable: true },
    durationMs: { type: 'integer', nullable: true },
    error: { type: 'string', length: 500, nullable: true },
    redelivery: { type: 'boolean', default: false },
  },
});
