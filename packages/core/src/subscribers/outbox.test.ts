// The events outbox on a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgresql) and
// Redis: what `transact` + `record` leave behind on rollback and on commit, the dispatch job run
// once, twice, at the same time, lost or failing, and the sweep that hands lost events over again.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  EmailDelivery,
  Event,
  Invitation,
  Membership,
  Notification,
  Organization,
  User,
  forkEm,
} from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationEmailKey, welcomeEmailKey } from '../emails/keys.js';
import type { JobName, JobPayload } from '../jobs/contracts.js';
import { JobQueue } from '../jobs/queue.js';
import { transact, type AccountScope, type Scope } from '../scope.js';
import { hashLinkToken, newLinkToken } from '../vocabulary/tokens.js';
import { createAccountScope, createScope } from './create-scope.js';
import { dispatchEvents } from './dispatch.js';
import { redispatchEvents } from './redispatch.js';
import { requeueOwedEmails } from './requeue-owed-emails.js';

/** The producer side, counting what it enqueues; `refuse` makes an enqueue fail (Redis away). */
class CountingQueue extends JobQueue {
  enqueued: { name: JobName; payload: unknown }[] = [];
  refuse: (name: JobName, payload: unknown) => boolean = () => false;

  override async enqueue<N extends JobName>(name: N, payload: JobPayload<N>): Promise<void> {
    if (this.refuse(name, payload)) throw new Error(`enqueue of ${name} refused by the test`);
    this.enqueued.push({ name, payload });
    await super.enqueue(name, payload);
  }

  count(name: JobName) {
    return this.enqueued.filter((job) => job.name === name).length;
  }
}

let db: TestDatabase;
let redis: Redis;
let prefix: string;
let jobs: CountingQueue;
let eventsQueue: Queue;
let emailQueue: Queue;
beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  prefix = `roster-test-outbox-${randomBytes(4).toString('hex')}`;
  jobs = new CountingQueue(redis, prefix);
  eventsQueue = new Queue('events', { connection: redis, prefix });
  emailQueue = new Queue('email', { connection: redis, prefix });
});
afterAll(async () => {
  await Promise.all([jobs?.close(), eventsQueue?.close(), emailQueue?.close()]);
  const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
});

const em = () => forkEm(db.orm);
const signUpScope = (queue: JobQueue = jobs): AccountScope =>
  createAccountScope({ em: em(), jobs: queue, actor: { type: 'anonymous' } });
const ctx = (queue: JobQueue = jobs) => ({ em: em(), jobs: queue });

/** A user row written in `tx` (as sign-up does), with the event sign-up records. */
async function signUp(tx: AccountScope) {
  const user = tx.em.create(User, {
    email: `user-${randomBytes(5).toString('hex')}@example.com`,
    name: 'Ada Lovelace',
    passwordHash: 'not-a-real-hash',
  });
  await tx.em.flush();
  await tx.record('user.signed_up', { userId: user.id, email: user.email, viaInvitation: false });
  return user;
}

/** `count` sign-ups in one transaction; returns their users' ids and their events' ids. */
async function signUps(count: number, queue: JobQueue = jobs) {
  const users = await transact(signUpScope(queue), async (tx) => {
    const made = [];
    for (let i = 0; i < count; i++) made.push(await signUp(tx));
    return made;
  });
  const userIds = users.map((u) => u.id);
  const events = await eventsOf(userIds);
  return { userIds, eventIds: userIds.map((id) => events.get(id)!.id) };
}

/** The `user.signed_up` events of these users, by user id. */
async function eventsOf(userIds: string[]): Promise<Map<string, Event>> {
  const rows = await em().find(Event, { name: 'user.signed_up' });
  return new Map(
    rows
      .filter((e) => userIds.includes(e.payload.userId as string))
      .map((e) => [e.payload.userId as string, e]),
  );
}

const event = (id: string) => em().findOneOrFail(Event, { id });
const welcomeDelivery = (userId: string) => em().findOne(EmailDelivery, { key: welcomeEmailKey(userId) });
const welcomeJob = (userId: string) => emailQueue.getJob(`welcome-${userId}`);
const dispatchJob = (eventId: string) => eventsQueue.getJob(`events-${eventId}`);

/** Makes the events look written `ms` ago (and untouched since). */
async function age(eventIds: string[], ms = 120_000) {
  const then = new Date(Date.now() - ms);
  await em().nativeUpdate(Event, { id: { $in: eventIds } }, { createdAt: then, updatedAt: then });
}

/** Marks every event of earlier tests dispatched, so that the sweep's counts are this test's. */
async function settleEarlierEvents() {
  await em().nativeUpdate(Event, { dispatchedAt: null }, { dispatchedAt: new Date() });
}

/** The `events.dispatch` jobs in Redis (any state) whose payload names this event. */
async function dispatchJobsFor(eventId: string) {
  const all = await eventsQueue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return all.filter((job) => (job.data as { eventIds: string[] }).eventIds.includes(eventId));
}

/** An organization with an owner and a member, and a scope of its owner acting in it. */
async function organization(): Promise<{ scope: Scope; memberId: string }> {
  const m = em();
  const tag = randomBytes(4).toString('hex');
  const owner = m.create(User, {
    email: `owner-${tag}@example.com`,
    name: 'Olivia Owner',
    passwordHash: 'x',
  });
  const member = m.create(User, {
    email: `member-${tag}@example.com`,
    name: 'Max Member',
    passwordHash: 'x',
  });
  const org = m.create(Organization, { name: `Northwind ${tag}` });
  m.create(Membership, { organization: org, user: owner, role: 'owner' });
  m.create(Membership, { organization: org, user: member, role: 'member' });
  await m.flush();
  const scope = createScope({
    em: em(),
    jobs,
    org: { id: org.id, name: org.name, plan: org.plan, invitationExpiry: org.invitationExpiry },
    actor: {
      type: 'member',
      id: owner.id,
      name: owner.name,
      email: owner.email,
      emailVerified: true,
      role: 'owner',
    },
  });
  return { scope, memberId: member.id };
}

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
    const { scope } = await organization();
    const enqueuedBefore = jobs.enqueued.length;
    await transact(scope, (tx) =>
      tx.record('organization.renamed', { name: 'Southwind', previousName: 'Northwind' }),
    );
    const row = await em().findOneOrFail(Event, {
      name: 'organization.renamed',
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

describe('the sweep, for events whose dispatch job was lost', () => {
  /** Runs the swept dispatch jobs of this event as the worker would. */
  async function runSweptJobs(eventId: string) {
    let dispatched = 0;
    for (const job of await dispatchJobsFor(eventId)) {
      dispatched += await dispatchEvents(ctx(), (job.data as { eventIds: string[] }).eventIds);
      await job.remove();
    }
    return dispatched;
  }

  it('hands an event over again once its job is gone, and a second sweep does nothing more', async () => {
    await settleEarlierEvents();
    const { userIds, eventIds } = await signUps(2);
    await (await dispatchJob(eventIds[0]!))!.remove();

    // Written a moment ago: its job may be on its way, the sweep leaves it.
    expect(await redispatchEvents(em(), jobs)).toBe(0);
    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(2);
    const swept = await dispatchJobsFor(eventIds[0]!);
    expect(swept).toHaveLength(1);
    expect(swept[0]!.data).toEqual({ eventIds: expect.arrayContaining(eventIds), sweep: expect.any(Number) });
    // The next pass, or another worker's sweep at once, leaves it to that job.
    expect(await Promise.all([redispatchEvents(em(), jobs), redispatchEvents(em(), jobs)])).toEqual([0, 0]);

    const welcomesBefore = jobs.count('email.welcome');
    expect(await runSweptJobs(eventIds[0]!)).toBe(2);
    expect(jobs.count('email.welcome')).toBe(welcomesBefore + 2);
    for (const userId of userIds) expect(await welcomeJob(userId)).toBeDefined();
    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(0);
  });

  it('hands over an event whose enqueue failed after commit', async () => {
    await settleEarlierEvents();
    const refusing = new CountingQueue(redis, prefix);
    refusing.refuse = (name) => name === 'events.dispatch';
    let signedUp: Awaited<ReturnType<typeof signUps>>;
    try {
      signedUp = await signUps(1, refusing);
    } finally {
      await refusing.close();
    }
    const { userIds, eventIds } = signedUp;
    expect(await dispatchJobsFor(eventIds[0]!)).toEqual([]);
    expect(await welcomeDelivery(userIds[0]!)).toMatchObject({ status: 'queued' });

    await age(eventIds);
    expect(await redispatchEvents(em(), jobs)).toBe(1);
    expect(await runSweptJobs(eventIds[0]!)).toBe(1);
    expect(await welcomeJob(userIds[0]!)).toBeDefined();
    expect((await event(eventIds[0]!)).dispatchedAt).not.toBeNull();
  });
});

describe('an invitation email owed by an event, after the worker was away', () => {
  /** Invitations as invitation.create leaves them: a placeholder hash, the event, the owed email. */
  async function invite(count: number) {
    const { scope } = await organization();
    const ids = await transact(scope, async (tx) => {
      const made: string[] = [];
      for (let i = 0; i < count; i++) {
        const email = `invitee-${randomBytes(5).toString('hex')}@example.com`;
        const invitation = tx.em.create(Invitation, {
          organization: tx.em.getReference(Organization, scope.org.id),
          email,
          role: 'member',
          tokenHash: newLinkToken().tokenHash,
          expiresAt: null,
          invitedBy: null,
        });
        await tx.em.flush();
        await tx.record('invitation.created', {
          invitationId: invitation.id,
          email,
          role: 'member',
          inviteeUserId: null,
        });
        made.push(invitation.id);
      }
      return made;
    });
    const events = await em().find(Event, { name: 'invitation.created', organizationId: scope.org.id });
    return { invitationIds: ids, eventIds: events.map((e) => e.id) };
  }

  /** Whether each invitation's email job carries the token its row has now (a live link). */
  async function liveLinks(invitationIds: string[]) {
    const rows = await em().find(Invitation, { id: { $in: invitationIds } });
    const live = [];
    for (const row of rows) {
      const job = await emailQueue.getJob(`invitation-${row.id}-1`);
      live.push(job ? hashLinkToken((job.data as { token: string }).token) === row.tokenHash : 'no job');
    }
    return live;
  }

  it('is sent by the sweep or by the dispatch, never both: one token, the one mailed', async () => {
    await settleEarlierEvents();
    const { invitationIds, eventIds } = await invite(30);
    const keys = invitationIds.map((id) => invitationEmailKey(id, 1));
    // Both the events and their emails are owed for two minutes: both the sweep and the dispatch take them.
    await age(eventIds);
    const then = new Date(Date.now() - 120_000);
    await em().nativeUpdate(EmailDelivery, { key: { $in: keys } }, { createdAt: then, updatedAt: then });

    const [swept, dispatched] = await Promise.all([
      requeueOwedEmails(em(), jobs),
      dispatchEvents(ctx(), eventIds),
    ]);

    expect(dispatched).toBe(30);
    expect(swept).toBeLessThanOrEqual(30);
    expect(await liveLinks(invitationIds)).toEqual(invitationIds.map(() => true));
  });

  it('leaves to the sweep an email the sweep has taken', async () => {
    await settleEarlierEvents();
    const { invitationIds, eventIds } = await invite(1);
    const key = invitationEmailKey(invitationIds[0]!, 1);
    const hash = (await em().findOneOrFail(Invitation, { id: invitationIds[0]! })).tokenHash;
    // Recorded two minutes ago; the sweep took it a moment ago and is issuing its token.
    const then = new Date(Date.now() - 120_000);
    await em().nativeUpdate(EmailDelivery, { key }, { createdAt: then, updatedAt: new Date() });

    expect(await dispatchEvents(ctx(), eventIds)).toBe(1);
    expect((await em().findOneOrFail(Invitation, { id: invitationIds[0]! })).tokenHash).toBe(hash);
    expect(await emailQueue.getJob(`invitation-${invitationIds[0]!}-1`)).toBeUndefined();
  });
});
