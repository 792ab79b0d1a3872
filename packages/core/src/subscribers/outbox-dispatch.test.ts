// The events outbox: the dispatch job run once, twice, at the same time, or failing, and leases.
import { randomUUID } from 'node:crypto';
import { EmailDelivery, Event } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { welcomeEmailKey } from '../emails/keys.js';
import { dispatchEvents } from './dispatch.js';
import { redispatchEvents } from './redispatch.js';
import {
  useOutbox,
  CountingQueue,
  age,
  ctx,
  em,
  event,
  jobs,
  prefix,
  redis,
  settleEarlierEvents,
  signUps,
  welcomeJob,
} from './outbox-fixtures.js';

useOutbox();

describe('dispatching events', () => {
  it('dispatches once when the dispatch job runs twice', async () => {
    const { userIds, eventIds } = await signUps(3);
    const welcomesBefore = jobs.count('email.welcome');

    expect(await dispatchEvents(ctx(), eventIds)).toBe(3);
    const first = await Promise.all(eventIds.map(event));
    expect(await dispatchEvents(ctx(), eventIds)).toBe(0);

    expect(jobs.count('email.welcome')).toBe(welcomesBefore + 3);
    for (const [i, userId] of userIds.entries()) {
      expect((await welcomeJob(userId))?.data).toEqual({ userId });
      const row = await event(eventIds[i]!);
      expect(row.dispatchedAt).not.toBeNull();
      expect(row.dispatchedAt).toEqual(first[i]!.dispatchedAt);
      expect(row.attempts).toBe(1);
    }
  });

  it('dispatches once when two runs take the same events at the same time', async () => {
    const { userIds, eventIds } = await signUps(20);
    const welcomesBefore = jobs.count('email.welcome');

    const counts = await Promise.all([dispatchEvents(ctx(), eventIds), dispatchEvents(ctx(), eventIds)]);

    expect(counts[0]! + counts[1]!).toBe(20);
    expect(jobs.count('email.welcome')).toBe(welcomesBefore + 20);
    const rows = await Promise.all(eventIds.map(event));
    expect(rows.every((row) => row.dispatchedAt !== null && row.attempts === 1)).toBe(true);
    for (const userId of userIds) expect(await welcomeJob(userId)).toBeDefined();
  });

  it('sends nothing twice when the email job of a dispatched event has run', async () => {
    const { userIds, eventIds } = await signUps(1);
    await dispatchEvents(ctx(), eventIds);
    await em().nativeUpdate(EmailDelivery, { key: welcomeEmailKey(userIds[0]!) }, { status: 'sent' });
    await (await welcomeJob(userIds[0]!))!.remove();
    await em().nativeUpdate(Event, { id: eventIds[0]! }, { dispatchedAt: null });
    const welcomesBefore = jobs.count('email.welcome');

    expect(await dispatchEvents(ctx(), eventIds)).toBe(1);
    expect(jobs.count('email.welcome')).toBe(welcomesBefore);
    expect(await welcomeJob(userIds[0]!)).toBeUndefined();
  });

  it('releases the events a subscriber failed on, dispatches the others, and the retry finishes', async () => {
    const { userIds, eventIds } = await signUps(3);
    const failing = new CountingQueue(redis, prefix);
    failing.refuse = (name, payload) =>
      name === 'email.welcome' && (payload as { userId: string }).userId === userIds[1];
    try {
      await expect(dispatchEvents(ctx(failing), eventIds)).rejects.toThrow('refused by the test');
    } finally {
      await failing.close();
    }

    const [done, released, after] = await Promise.all(eventIds.map(event));
    expect(done!.dispatchedAt).not.toBeNull();
    expect(after!.dispatchedAt).not.toBeNull();
    expect(released).toMatchObject({ dispatchedAt: null, claimId: null, leaseExpiresAt: null, attempts: 1 });
    expect(await welcomeJob(userIds[1]!)).toBeUndefined();

    // The job's retry (the same ids) takes what was released, and only that.
    const welcomesBefore = jobs.count('email.welcome');
    expect(await dispatchEvents(ctx(), eventIds)).toBe(1);
    expect(jobs.count('email.welcome')).toBe(welcomesBefore + 1);
    expect(await welcomeJob(userIds[1]!)).toBeDefined();
    expect((await event(eventIds[1]!)).attempts).toBe(2);
  });

  it('leaves events held by a live lease, and takes over a lapsed one', async () => {
    await settleEarlierEvents();
    const { userIds, eventIds } = await signUps(1);
    const eventId = eventIds[0]!;
    // A dispatch in another worker holds it (and touched it two minutes ago).
    await em().nativeUpdate(
      Event,
      { id: eventId },
      { claimId: randomUUID(), leaseExpiresAt: new Date(Date.now() + 60_000), attempts: 1 },
    );
    await age(eventIds);

    expect(await dispatchEvents(ctx(), eventIds)).toBe(0);
    expect(await redispatchEvents(em(), jobs)).toBe(0);
    expect(await welcomeJob(userIds[0]!)).toBeUndefined();

    // That worker died: its lease lapses; the sweep hands the event over and the dispatch takes it.
    await em().nativeUpdate(Event, { id: eventId }, { leaseExpiresAt: new Date(Date.now() - 1000) });
    expect(await redispatchEvents(em(), jobs)).toBe(1);
    expect(await dispatchEvents(ctx(), eventIds)).toBe(1);
    expect(await event(eventId)).toMatchObject({ attempts: 2 });
    expect(await welcomeJob(userIds[0]!)).toBeDefined();
  });
});
