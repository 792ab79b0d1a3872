// The events outbox: what `transact` + `record` leave behind on rollback and on commit, and what
// they refuse (a payload off its contract, recording outside a transaction).
import { randomUUID } from 'node:crypto';
import { Event, Notification, User } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { transact, type AccountScope } from '../scope.js';
import { createAccountScope } from './create-scope.js';
import {
  useOutbox,
  dispatchJob,
  dispatchJobsFor,
  em,
  event,
  eventsOf,
  eventsQueue,
  jobs,
  organization,
  signUp,
  signUpScope,
  signUps,
  welcomeDelivery,
  welcomeJob,
} from './outbox-fixtures.js';

useOutbox();

describe('recording an event', () => {
  it('leaves nothing when the transaction rolls back after it', async () => {
    const eventsBefore = await em().count(Event, {});
    const jobsBefore = await eventsQueue.getJobCountByTypes('waiting', 'delayed', 'completed', 'failed');
    const enqueuedBefore = jobs.enqueued.length;
    let userId = '';
    await expect(
      transact(signUpScope(), async (tx) => {
        userId = (await signUp(tx)).id;
        throw new Error('the use case fails after recording');
      }),
    ).rejects.toThrow('the use case fails after recording');
    const { scope, memberId } = await organization();
    await expect(
      transact(scope, async (tx) => {
        await tx.record('member.removed', { userId: memberId });
        throw new Error('and this one too');
      }),
    ).rejects.toThrow('and this one too');

    expect(userId).not.toBe('');
    expect(await em().count(User, { id: userId })).toBe(0);
    expect(await em().count(Event, {})).toBe(eventsBefore);
    expect(await welcomeDelivery(userId)).toBeNull();
    expect(await em().count(Notification, { user: memberId })).toBe(0);
    expect(jobs.enqueued.length).toBe(enqueuedBefore);
    expect(await eventsQueue.getJobCountByTypes('waiting', 'delayed', 'completed', 'failed')).toBe(
      jobsBefore,
    );
  });

  it('writes a committed event with its in-transaction effects and hands it to the worker', async () => {
    const { userIds, eventIds } = await signUps(1);
    const [userId, eventId] = [userIds[0]!, eventIds[0]!];

    const row = await event(eventId);
    expect(row).toMatchObject({
      name: 'user.signed_up',
      organizationId: null,
      actorType: 'anonymous',
      actorId: null,
      payload: { userId, viaInvitation: false },
      dispatchedAt: null,
      claimId: null,
      attempts: 0,
    });
    expect(await welcomeDelivery(userId)).toMatchObject({ template: 'welcome', status: 'queued' });
    const job = await dispatchJob(eventId);
    expect(job?.name).toBe('events.dispatch');
    expect(job?.data).toEqual({ eventIds: [eventId] });
    // The email itself waits for the dispatch: no job before it.
    expect(await welcomeJob(userId)).toBeUndefined();

    // An in-transaction subscriber (the bell) commits with the change, in an organization's scope.
    const { scope, memberId } = await organization();
    await transact(scope, (tx) => tx.record('member.removed', { userId: memberId }));
    const notifications = await em().find(Notification, { user: memberId });
    expect(notifications.map((n) => n.type)).toEqual(['removed']);
    const removed = await em().findOneOrFail(Event, { name: 'member.removed', organizationId: scope.org.id });
    expect(removed).toMatchObject({ actorType: 'user', actorId: scope.actor.id });
  });

  it('hands over one dispatch job per transaction, joining an inner transact to the outer one', async () => {
    const enqueuedBefore = jobs.count('events.dispatch');
    const userIds = await transact(signUpScope(), async (tx) => {
      const first = await signUp(tx);
      const second = await transact(tx, (inner) => signUp(inner));
      return [first.id, second.id];
    });
    const events = await eventsOf(userIds);
    expect(jobs.count('events.dispatch')).toBe(enqueuedBefore + 1);
    const job = await dispatchJob(events.get(userIds[0]!)!.id);
    expect(job?.data.eventIds).toEqual(userIds.map((id) => events.get(id)!.id));
  });

  it('writes an event with no after-commit work as dispatched, and enqueues nothing', async () => {
    const { scope, memberId } = await organization();
    const enqueuedBefore = jobs.enqueued.length;
    // Every organization event is a webhook's (after commit): this operator event is no one's.
    await transact(scope, (tx) =>
      tx.record('user.owned_org_limit_changed', { userId: memberId, limit: 3, previousLimit: null }),
    );
    const row = await em().findOneOrFail(Event, {
      name: 'user.owned_org_limit_changed',
      organizationId: scope.org.id,
    });
    expect(row.dispatchedAt).toEqual(scope.now);
    expect(jobs.enqueued.length).toBe(enqueuedBefore);
    expect(await dispatchJobsFor(row.id)).toEqual([]);
  });

  it('refuses a payload that does not match its contract, and rolls the transaction back', async () => {
    const eventsBefore = await em().count(Event, {});
    let email = '';
    await expect(
      transact(signUpScope(), async (tx) => {
        const user = tx.em.create(User, {
          email: `bad-${randomUUID()}@example.com`,
          name: 'Bad',
          passwordHash: 'x',
        });
        email = user.email;
        // @ts-expect-error -- the contract wants a boolean here
        await tx.record('user.signed_up', { userId: user.id, email, viaInvitation: 'yes' });
      }),
    ).rejects.toThrow(/viaInvitation/);
    await expect(
      transact(signUpScope(), (tx) =>
        tx.record('user.signed_up', { userId: 'not-a-uuid', email, viaInvitation: false }),
      ),
    ).rejects.toThrow(/userId/);
    await expect(
      // @ts-expect-error -- no such event
      transact(signUpScope(), (tx) => tx.record('user.teleported', {})),
    ).rejects.toThrow('no event named "user.teleported"');
    expect(await em().count(User, { email })).toBe(0);
    expect(await em().count(Event, {})).toBe(eventsBefore);
  });

  it('refuses to record outside transact, or after its transaction ended', async () => {
    const scope = signUpScope();
    const payload = { userId: randomUUID(), email: 'nobody@example.com', viaInvitation: false };
    await expect(scope.record('user.signed_up', payload)).rejects.toThrow(
      'scope.record: record events inside transact(scope, …)',
    );
    let kept: AccountScope | undefined;
    await transact(scope, async (tx) => {
      kept = tx;
    });
    await expect(kept!.record('user.signed_up', payload)).rejects.toThrow(/its transaction has ended/);
    await expect(transact(kept!, async () => 'work')).rejects.toThrow(/transaction has ended/);
    expect((await eventsOf([payload.userId])).size).toBe(0);
  });

  it('refuses a scope made on a transaction it does not own (its events would reach the worker early)', async () => {
    await expect(
      em().transactional((txEm) =>
        transact(createAccountScope({ em: txEm, jobs, actor: { type: 'anonymous' } }), async () => 'work'),
      ),
    ).rejects.toThrow(/already in a transaction/);
  });
});
