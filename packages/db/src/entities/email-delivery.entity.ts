import { EntitySchema, t, type Opt } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';

/** `skipped`: no longer owed (e.g. the invitation was revoked or its token replaced before sending). */
export type EmailDeliveryStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

/**
 * One email that must be sent once. `key` names what it is for (e.g. `welcome:<userId>`); the worker
 * claims the row before sending, so a retried or duplicated job never sends the same email twice.
 */
export class EmailDelivery extends BaseEntity {
  key!: string;
  template!: string;
  recipient!: string;
  status: Opt<EmailDeliveryStatus> = 'queued';
  attempts: Opt<number> = 0;
  lastError: Opt<string> | null = null;
  claimedAt: Opt<Date> | null = null;
  sentAt: Opt<Date> | null = null;
}

export const EmailDeliverySchema = new EntitySchema<EmailDelivery, BaseEntity>({
  class: EmailDelivery,
  extends: BaseEntitySchema,
  tableName: 'email_deliveries',
  properties: {
    key: { type: 'string', length: 200, unique: 'email_deliveries_key_unique' },
    template: { type: 'string', length: 50 },
    recipient: { type: 'string', length: 320 },
    status: { type: 'string', length: 10, default: 'queued' },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
    claimedAt: { type: t.datetime, nullable: true },
    sentAt: { type: t.datetime, nullable: true },
  },
});
