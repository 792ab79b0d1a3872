import { AuditRecord, Event, Organization, type EntityManager } from '@roster/db';

/** What a webhook receives (JSON): the event, as the audit log recorded it. `id` is the same at every attempt. */
export interface WebhookBody {
  /** The event's id (= its audit record's): the receiver's idempotency key. */
  id: string;
  /** The event's name, e.g. `member.role_changed`. */
  type: string;
  createdAt: string;
  organization: { id: string; name: string | null };
  actor: { type: string; id: string | null; name: string | null };
  target: { type: string | null; id: string | null; name: string | null };
  data: {
    /** The audit record's before/after summary. */
    summary: Record<string, unknown> | null;
    /** The event's own payload (ids and names; never a secret), while the outbox keeps it. */
    payload: Record<string, unknown> | null;
  };
}

/**
 * The body of an event's deliveries, from its audit record (same id) and the outbox row; the
 * outbox row alone when the event has no audit record. Null when neither exists any more.
 */
export async function webhookBody(
  em: EntityManager,
  eventId: string,
  action: string,
): Promise<WebhookBody | null> {
  const record = await em.findOne(AuditRecord, { id: eventId }, { disableIdentityMap: true });
  const event = await em.findOne(Event, { id: eventId }, { disableIdentityMap: true });
  const orgId = record?.organization.id ?? event?.organizationId;
  if (!orgId || (!record && !event)) return null;
  const org = await em.findOne(Organization, { id: orgId }, { fields: ['name'], disableIdentityMap: true });
  const createdAt = (record?.createdAt ?? event!.createdAt).toISOString();
  return {
    id: eventId,
    type: record?.action ?? event?.name ?? action,
    createdAt,
    organization: { id: orgId, name: org?.name ?? null },
    actor: record
      ? { type: record.actorType, id: record.actorId, name: record.actorName }
      : { type: event!.actorType, id: event!.actorId, name: null },
    target: {
      type: record?.targetType ?? null,
      id: record?.targetId ?? null,
      name: record?.targetName ?? null,
    },
    data: {
      summary: (record?.summary as Record<string, unknown> | null | undefined) ?? null,
      payload: event?.payload ?? null,
    },
  };
}
