import type { FilterQuery } from '@mikro-orm/core';
import { Event, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import { dispatchBatchSize } from './writer.js';

/**
 * The sweep's part for events: every committed event not dispatched and untouched for a while
 * (its dispatch job was lost, failed for good, or its worker died holding it) gets a new dispatch
 * job. The sweep takes what it hands over by touching it (a conditional update): another sweep
 * running at once, or the next pass while that job waits in the queue, leaves it alone for
 * `olderThanMs` more. Returns how many events it handed over.
 */
export async function redispatchEvents(
  em: EntityManager,
  jobs: JobQueue,
  { olderThanMs = 60_000, limit = 1000 }: { olderThanMs?: number; limit?: number } = {},
): Promise<number> {
  const now = new Date();
  const untouchedSince = new Date(now.getTime() - olderThanMs);
  const owed: FilterQuery<Event> = {
    dispatchedAt: null,
    createdAt: { $lt: untouchedSince },
    updatedAt: { $lt: untouchedSince },
    $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $lt: now } }],
  };
  const found = await em.find(Event, owed, {
    fields: ['id'],
    orderBy: { createdAt: 'asc', id: 'asc' },
    limit,
  });
  const ids = found.map((e) => e.id);
  let handedOver = 0;
  for (let i = 0; i < ids.length; i += dispatchBatchSize) {
    const batch = ids.slice(i, i + dispatchBatchSize);
    const taken = await em.nativeUpdate(Event, { $and: [{ id: { $in: batch } }, owed] }, { updatedAt: now });
    if (taken === 0) continue;
    await jobs.enqueue('events.dispatch', { eventIds: batch, sweep: now.getTime() });
    handedOver += taken;
  }
  return handedOver;
}

/** Dispatched events are kept a week (for inspection), then deleted by the sweep. */
export async function pruneDispatchedEvents(
  em: EntityManager,
  { olderThanMs = 7 * 24 * 3600_000 }: { olderThanMs?: number } = {},
): Promise<number> {
  return em.nativeDelete(Event, { dispatchedAt: { $lt: new Date(Date.now() - olderThanMs) } });
}
