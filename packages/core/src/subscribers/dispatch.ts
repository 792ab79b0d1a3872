import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { Event } from '@roster/db';
import type { EventName } from '../events/contracts.js';
import { sendOwedEmails } from './send-owed-emails.js';
import { subscribers } from './table.js';
import type { DispatchContext, Handler, OwedEmail, RecordedEvent } from './types.js';

/** How long a dispatch holds its events: a worker that dies holding them is taken over after. */
export const defaultDispatchLeaseMs = 60_000;

/**
 * The worker's `events.dispatch`: runs the after-commit subscribers of committed events, at least
 * once and normally once. A conditional update claims the events not dispatched yet and not held
 * by another live dispatch, so a job that runs twice, or a duplicate job, finds nothing left to do.
 * Each event's subscribers run in turn, then the emails of the whole batch get their jobs, then one
 * update marks dispatched every event whose work was done (a worker killed midway leaves its lease
 * to run out: the subscribers run again, and an email already handed to a job is not again). An
 * event whose subscriber or email fails is released at once, for the job's retry or the sweep,
 * while the others go on; the first failure is thrown at the end. Returns how many it dispatched.
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
  const failures: { id: string; error: unknown }[] = [];
  const owed = new Map<string, OwedEmail[]>();
  for (const row of events) {
    try {
      owed.set(row.id, await runSubscribers(ctx, row));
    } catch (error) {
      failures.push({ id: row.id, error });
    }
  }
  const { failed } = await sendOwedEmails(ctx, [...owed.values()].flat());
  for (const [id, emails] of owed) {
    const email = emails.find((e) => failed.has(e.key));
    if (email) failures.push({ id, error: failed.get(email.key) });
  }
  const failedIds = new Set(failures.map((f) => f.id));
  const doneIds = events.map((e) => e.id).filter((id) => !failedIds.has(id));
  // Only while this dispatch still holds them: a lease taken over is the new holder's to finish.
  if (failedIds.size > 0) {
    await em.nativeUpdate(
      Event,
      { id: { $in: [...failedIds] }, claimId, dispatchedAt: null },
      { claimId: null, leaseExpiresAt: null },
    );
  }
  const at = new Date();
  const dispatched =
    doneIds.length === 0
      ? 0
      : await em.nativeUpdate(
          Event,
          { id: { $in: doneIds }, claimId, dispatchedAt: null },
          { dispatchedAt: at, leaseExpiresAt: null, updatedAt: at },
        );
  if (failures[0]) throw failures[0].error;
  return dispatched;
}

/** One event's after-commit subscribers; answers the emails it owes. */
async function runSubscribers(ctx: DispatchContext, row: Event): Promise<OwedEmail[]> {
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
  return owed;
}
