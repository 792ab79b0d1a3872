import { AuditRecord, type EntityManager } from '@roster/db';
import type { FilterQuery } from '@mikro-orm/core';
import { DomainError } from '../errors.js';
import { eventNames } from '../events/contracts.js';
import type { AuditCursor } from './cursor.js';

/** What the audit log is filtered by: `action` an event name or a family ending in a dot. */
export interface AuditFilter {
  orgId: string;
  actorId?: string | undefined;
  action?: string | undefined;
  /** UTC days (YYYY-MM-DD), both included. */
  from?: string | undefined;
  to?: string | undefined;
}

const dayMs = 86_400_000;

/** Refuses a period that ends before it starts (before any row is read). */
export function assertAuditFilter(filter: AuditFilter): void {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new DomainError('INVALID_INPUT', 'The period must not end before it starts.', { field: 'to' });
  }
}

/**
 * The actions a filter means: one name, or every event of a family (`member.`). Matched as a list
 * of names, so `_` in a name is never a LIKE wildcard and the index on action serves both dialects.
 */
function actionsOf(action: string): string | { $in: string[] } {
  if (!action.endsWith('.')) return action;
  return { $in: eventNames.filter((name) => name.startsWith(action)) };
}

function whereOf(filter: AuditFilter, after: AuditCursor | undefined): FilterQuery<AuditRecord> {
  const where: FilterQuery<AuditRecord> & Record<string, unknown> = { organization: filter.orgId };
  if (filter.actorId !== undefined) where.actorId = filter.actorId;
  if (filter.action !== undefined) where.action = actionsOf(filter.action);
  const createdAt: Record<string, Date> = {};
  if (filter.from) createdAt.$gte = new Date(`${filter.from}T00:00:00.000Z`);
  if (filter.to) createdAt.$lt = new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + dayMs);
  if (Object.keys(createdAt).length > 0) where.createdAt = createdAt;
  if (after) {
    where.$or = [
      { createdAt: { $lt: after.createdAt } },
      { createdAt: after.createdAt, id: { $lt: after.id } },
    ];
  }
  return where;
}

/**
 * One page of an organization's audit records, newest first (ties by id), after the cursor: one
 * query, `limit` rows. Read without the identity map: nothing is kept once the page is answered.
 */
export async function findAuditPage(
  em: EntityManager,
  filter: AuditFilter,
  after: AuditCursor | undefined,
  limit: number,
): Promise<AuditRecord[]> {
  return em.find(AuditRecord, whereOf(filter, after), {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit,
    disableIdentityMap: true,
  });
}
