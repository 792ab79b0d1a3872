import type { RequiredEntityData } from '@mikro-orm/core';
import type { AuditActorType, AuditRecord } from '@roster/db';
import type { EventName, EventPayload } from '../events/contracts.js';
import type { AnyScope } from '../scope.js';
import { describeEvent } from './describe.js';
import { namesIn } from './names.js';

/** The column widths of `audit_records` (longer values are cut). */
const maxUserAgent = 512;
const maxIp = 45;
const maxActorName = 200;
const maxTargetName = 300;

const cut = (value: string | null | undefined, max: number) => (value == null ? null : value.slice(0, max));

/**
 * Who made the change. A person (as a member, or outside the organization answering an
 * invitation), an API key, or Roster itself. Nobody signed in has no id: still a person's change.
 */
function actorOf(scope: AnyScope): {
  actorType: AuditActorType;
  actorId: string | null;
  actorName: string | null;
} {
  const { actor } = scope;
  if (actor.type === 'anonymous') return { actorType: 'user', actorId: null, actorName: null };
  const actorType = actor.type === 'member' || actor.type === 'user' ? 'user' : actor.type;
  return { actorType, actorId: actor.id, actorName: cut(actor.name, maxActorName) };
}

/**
 * The audit record of an event recorded in organization `organizationId` (PRODUCT.md §11): same id
 * and time as the event, its actor, action, target and summary, and the request's IP and user agent.
 */
export async function auditRecordRow<N extends EventName>(
  tx: AnyScope,
  event: { id: string; name: N; payload: EventPayload<N>; organizationId: string; createdAt: Date },
): Promise<RequiredEntityData<AuditRecord>> {
  const org = { id: event.organizationId, name: tx.org?.id === event.organizationId ? tx.org.name : null };
  const described = await describeEvent(event.name, event.payload, { org, names: namesIn(tx.em) });
  return {
    id: event.id,
    organization: event.organizationId,
    createdAt: event.createdAt,
    ...actorOf(tx),
    action: event.name,
    targetType: described.targetType,
    targetId: described.targetId,
    targetName: cut(described.targetName, maxTargetName),
    summary: described.summary,
    ip: cut(tx.client?.ip, maxIp),
    userAgent: cut(tx.client?.userAgent, maxUserAgent),
  };
}
