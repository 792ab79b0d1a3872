// The worker's part of the events outbox, for API tests that run no worker.
import { dispatchEvents } from '@roster/core';
import { Event, forkEm } from '@roster/db';
import type { Harness } from './harness.js';

/**
 * Dispatches every committed event not dispatched yet, as the worker's `events.dispatch` jobs would:
 * e.g. the emails they owe get their jobs (and a link its token). Returns how many it dispatched.
 */
export async function dispatchPendingEvents(h: Pick<Harness, 'db' | 'deps'>): Promise<number> {
  const em = forkEm(h.db.orm);
  const pending = await em.find(
    Event,
    { dispatchedAt: null },
    { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  let dispatched = 0;
  for (let i = 0; i < pending.length; i += 200) {
    const ids = pending.slice(i, i + 200).map((e) => e.id);
    dispatched += await dispatchEvents({ em, jobs: h.deps.jobs }, ids);
  }
  return dispatched;
}
