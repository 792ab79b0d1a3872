import { randomUUID } from 'node:crypto';
import type { RequiredEntityData } from '@mikro-orm/core';
import { AuditRecord, Event, type EventActorType } from '@roster/db';
import { auditRecordRow } from '../audit/record-row.js';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { eventContracts, eventNames, type EventName } from '../events/contracts.js';
import type { AnyScope, EventWriter, PendingEvent } from '../scope.js';
import { subscribers } from './table.js';
import type { Handler, RecordedEvent } from './types.js';

/** At most this many events per dispatch job. */
export const dispatchBatchSize = 200;

/** The events some after-commit subscriber (or an email) wants: the others cost no job. */
const workerEvents = new Set(
  eventNames.filter((name) => subscribers.some((s) => s.afterCommit?.[name] || s.emails?.[name])),
);
const needsWorker = (name: EventName) => workerEvents.has(name);

function actorOf(scope: AnyScope): { actorType: EventActorType; actorId: string | null } {
  const { actor } = scope;
  if (actor.type === 'anonymous') return { actorType: 'anonymous', actorId: null };
  if (actor.type === 'member' || actor.type === 'user') return { actorType: 'user', actorId: actor.id };
  return { actorType: actor.type, actorId: actor.id };
}

/** The row of an event recorded in a transaction, inserted just before it commits. */
interface EventRow extends PendingEvent {
  row: RequiredEntityData<Event>;
  /** Its audit record, for an event in an organization. */
  audit: RequiredEntityData<AuditRecord> | null;
}

/**
 * How `scope.record` writes: the payload checked against its contract, the in-transaction
 * subscribers and the emails the event owes, in the caller's transaction; the event rows of the
 * transaction follow in one insert before it commits. An event that no after-commit subscriber
 * wants is written as dispatched: it costs no job.
 */
export const eventWriter: EventWriter = {
  async write(tx, name, payload, options) {
    const contract = Object.hasOwn(eventContracts, name) ? eventContracts[name] : undefined;
    if (!contract) throw new Error(`scope.record: no event named "${String(name)}" in eventContracts`);
    const data = contract.parse(payload) as Record<string, unknown>;
    const organizationId = tx.org?.id ?? options?.organizationId ?? null;
    const worker = needsWorker(name);
    const now = new Date();
    const id = randomUUID();
    const recorded: RecordedEvent = { id, name, organizationId, createdAt: now };
    for (const subscriber of subscribers) {
      await (subscriber.inTransaction?.[name] as Handler | undefined)?.(data, tx);
      const owed = (subscriber.emails?.[name] as Handler | undefined)?.(data, recorded) as
        { key: string; template: string; recipient: string }[] | undefined;
      for (const email of owed ?? []) {
        recordEmailDelivery(tx.em, email.key, email.template, email.recipient, organizationId);
      }
    }
    const row: RequiredEntityData<Event> = {
      id,
      createdAt: now,
      updatedAt: now,
      name,
      organizationId,
      ...actorOf(tx),
      payload: data,
      dispatchedAt: worker ? null : tx.now,
    };
    const audit = organizationId
      ? await auditRecordRow(tx, { id, name, payload: data as never, organizationId, createdAt: now })
      : null;
    return { id, needsWorker: worker, row, audit } satisfies EventRow;
  },

  /**
   * One multi-row insert for the transaction's events, and one for their audit records: no entity
   * to track per event. The records refer to their organization, which the transaction may have
   * just created: what it changed is flushed first.
   */
  async insert(em, events) {
    const rows = events as EventRow[];
    await em.insertMany(
      Event,
      rows.map((e) => e.row),
    );
    const audits = rows.flatMap((e) => (e.audit ? [e.audit] : []));
    if (audits.length === 0) return;
    await em.flush();
    await em.insertMany(AuditRecord, audits);
  },

  /** Hands the committed events to the worker. If Redis is away, the sweep dispatches them later. */
  async committed(scope, events) {
    const ids = events.filter((e) => e.needsWorker).map((e) => e.id);
    for (let i = 0; i < ids.length; i += dispatchBatchSize) {
      const batch = ids.slice(i, i + dispatchBatchSize);
      await scope.jobs.enqueue('events.dispatch', { eventIds: batch }).catch(() => undefined);
    }
  },
};
