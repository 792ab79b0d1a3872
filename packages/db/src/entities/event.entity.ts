import { EntitySchema, t, type Opt } from '@mikro-orm/core';
import { BaseEntity, BaseEntitySchema } from './base.entity.js';

/** Who caused an event: a member, an API key, or Roster itself (worker, operator); none for sign-ups. */
export type EventActorType = 'user' | 'apiKey' | 'system' | 'anonymous';

/**
 * The events outbox: one row per thing that happened, written in the transaction of the change
 * (`scope.record`). Its payload never holds a secret. After commit, the worker runs the event's
 * after-commit subscribers (`dispatchedAt` set once they all ran); a worker that dies mid-dispatch
 * leaves `leaseExpiresAt` to run out, and the sweep dispatches the event again.
 */
export class Event extends BaseEntity {
  name!: string;
  /** The organization it happened in; null for account events (sign-up, password reset). */
  organizationId: Opt<string> | null = null;
  actorType!: EventActorType;
  actorId: Opt<string> | null = null;
  payload!: Record<string, unknown>;
  dispatchedAt: Opt<Date> | null = null;
  /** The dispatch holding the event, and until when; a lapsed lease may be taken over. */
  claimId: Opt<string> | null = null;
  leaseExpiresAt: Opt<Date> | null = null;
  attempts: Opt<number> = 0;
}

export const EventSchema = new EntitySchema<Event, BaseEntity>({
  class: Event,
  extends: BaseEntitySchema,
  tableName: 'events',
  indexes: [
    { name: 'events_dispatched_created_index', properties: ['dispatchedAt', 'createdAt'] },
    { name: 'events_org_created_index', properties: ['organizationId', 'createdAt'] },
    { name: 'events_claim_index', properties: ['claimId'] },
  ],
  properties: {
    name: { type: 'string', length: 60 },
    organizationId: { type: 'uuid', nullable: true },
    actorType: { type: 'string', length: 10 },
    actorId: { type: 'string', length: 64, nullable: true },
    payload: { type: 'json' },
    dispatchedAt: { type: t.datetime, nullable: true },
    claimId: { type: 'uuid', nullable: true },
    leaseExpiresAt: { type: t.datetime, nullable: true },
    attempts: { type: 'integer', default: 0 },
  },
});
