import { EntitySchema, t, type Opt, type Ref } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';
import type { Organization } from './organization.entity.js';

/**
 * `queued`: owed (`nextAttemptAt` says when, after a failed attempt); `sending`: claimed by a worker
 * until `leaseExpiresAt`; `sent`; `failed`: given up after retrying for hours; `skipped`: no longer
 * owed (e.g. the invitation was revoked or its token replaced before sending).
 */
export type EmailDeliveryStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

/**
 * One email that must be sent once. `key` names what it is for (e.g. `welcome:<userId>`); the worker
 * claims the row before sending, so a retried or duplicated job never sends the same email twice.
 * `organization` is the one on whose behalf it is sent (invitations), which its limits count.
 */
export class EmailDelivery extends BaseEntity {
  key!: string;
  template!: string;
  recipient!: string;
  organization: Opt<Ref<Organization>> | null = null;
  status: Opt<EmailDeliveryStatus> = 'queued';
  attempts: Opt<number> = 0;
  lastError: Opt<string> | null = null;
  claimedAt: Opt<Date> | null = null;
  leaseExpiresAt: Opt<Date> | null = null;
  nextAttemptAt: Opt<Date> | null = null;
  sentAt: Opt<Date> | null = null;
}

export const EmailDeliverySchema = new EntitySchema<EmailDelivery, BaseEntity>({
  class: EmailDelivery,
  extends: BaseEntitySchema,
  tableName: 'email_deliveries',
  indexes: [
    { name: 'email_deliveries_status_index', properties: ['status'] },
    { name: 'email_deliveries_org_created_index', properties: ['organization', 'createdAt'] },
  ],
  properties: {
    key: { type: 'string', length: 200, unique: 'email_deliveries_key_unique' },
    template: { type: 'string', length: 50 },
    recipient: { type: 'string', length: 320 },
    organization: {
      kind: 'm:1',
      entity: 'Organization',
      ref: true,
      nullable: true,
      deleteRule: 'cascade',
      index: false,
    },
    status: { type: 'string', length: 10, default: 'queued' },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
    claimedAt: { type: t.datetime, nullable: true },
    leaseExpiresAt: { type: t.datetime, nullable: true },
    nextAttemptAt: { type: t.datetime, nullable: true },
    sentAt: { type: t.datetime, nullable: true },
  },
});
