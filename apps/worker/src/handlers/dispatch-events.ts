import { defaultDispatchLeaseMs, dispatchEvents } from '@roster/core';
import type { JobHandler } from './types.js';

/**
 * `events.dispatch`: runs the after-commit subscribers of committed events (core's
 * subscribers/dispatch.ts), holding them for `leaseMs` (EVENT_LEASE_MS): a worker killed holding
 * them leaves them to the sweep once that lapses. Events another run already dispatched, or holds,
 * are left alone.
 */
export function dispatchEventsJobWith({ leaseMs }: { leaseMs: number }): JobHandler<'events.dispatch'> {
  return async (payload, ctx) => {
    const dispatched = await dispatchEvents({ em: ctx.em, jobs: ctx.jobs }, payload.eventIds, { leaseMs });
    if (dispatched > 0) ctx.logger.debug({ dispatched }, 'events dispatched');
    return `dispatched ${dispatched} of ${payload.eventIds.length}`;
  };
}

/** With the default lease (a minute). */
export const dispatchEventsJob = dispatchEventsJobWith({ leaseMs: defaultDispatchLeaseMs });
