import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { Event } from '@roster/db';
import type { EventName } from '../events/contracts.js';
import { sendOwedEmails } from './send-owed-emails.js';
import { subscribers } from './table.js';
import type { DispatchContext, OwedEmail, RecordedEvent } from './types.js';

/** How long a dispatch holds its events: a worker that dies holding them is taken over after. */
export const defaultDispatchLeaseMs = 60_000;

type Handler = (payload: unknown, ...rest: unknown[]) => unknown;

/**
 * The worker's `events.dispatch`: runs the after-commit subscribers of committed events, at least
 * once and normally once. A conditional update claims the events not dispatched yet and not held
 * by another live dispatch, so a job that runs twice, or a duplicate job, finds nothing left to do.
 * Each event is marked dispatched as soon as its own subscribers have run (a worker killed midway
 * leaves only the rest to do); one whose subscriber fails is released at once, for the job's retry
 * or the sweep, while the others go on, and the first failure is thrown at the end.
 * Returns how many events it dispatched.
 */
export async function dispatchEvents(
  ctx: DispatchContext,
  eventIds: string[],
  { leaseMs = defaultDispatchLeaseMs }: { leaseMs?: number } = {},
): Promise<number> {
  const { em } = ctx;
  const claimId = randomUUID();
  const now = new Date();
  await em.nativeUpdate(
    Event,
    {
      id: { $in: eventIds },
      dispatchedAt: null,
      $or: [{ leaseExpiresAt: null }, { leaseExpiresAt: { $lt: now } }],
    },
    {
      claimId,
      leaseExpiresAt: new Date(now.getTime() + leaseMs),
      attempts: raw('attempts + 1'),
      updatedAt: now,
    },
  );
  const order = new Map(eventIds.map((id, i) => [id, i]));
  const events = (await em.find(Event, { claimId, dispatchedAt: null })).sort(
    (a, b) => order.get(a.id)! - order.get(b.id)!,
  );
  let dispatched = 0;
  let failure: { error: unknown } | undefined;
  for (const row of events) {
    // Only while this dispatch still holds it: a lease taken over is the new holder's to finish.
    const held = { id: row.id, claimId, dispatchedAt: null };
    try {
      await runSubscribers(ctx, row);
    } catch (error) {
      await em.nativeUpdate(Event, held, { claimId: null, leaseExpiresAt: null });
      failure ??= { error };
      continue;
    }
    const at = new Date();
    dispatched += await em.nativeUpdate(Event, held, {
      dispatchedAt: at,
      leaseExpiresAt: null,
      updatedAt: at,
    });
  }
  if (failure) throw failure.error;
  return dispatched;
}

/** One event's after-commit subscribers, then the jobs of the emails it owes. */
async function runSubscribers(ctx: DispatchContext, row: Event): Promise<void> {
  const event: RecordedEvent = {
    id: row.id,
    name: row.name as EventName,
    organizationId: row.organizationId,
    createdAt: row.createdAt,
  };
  const owed: OwedEmail[] = [];
  for (const subscriber of subscribers) {
    await (subscriber.afterCommit?.[event.name] as Handler | undefined)?.(row.payload, ctx, event);
    const emails = (subscriber.emails?.[event.name] as Handler | undefined)?.(row.payload, event);
    owed.push(...((emails as OwedEmail[] | undefined) ?? []));
  }
  await sendOwedEmails(ctx, owed);
}
