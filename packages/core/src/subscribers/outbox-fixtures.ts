// Shared by the outbox tests: a real database (SQLite, or PostgreSQL with TEST_DATABASE=postgresql)
// and Redis under a fresh prefix, a job queue that counts what it enqueues, and seeders that record
// events the way the use cases do. A test file calls useOutbox() once.
import { randomBytes } from 'node:crypto';
import { EmailDelivery, Event, Membership, Organization, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testRedisUrl } from '@roster/testing/env';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { welcomeEmailKey } from '../emails/keys.js';
import type { JobName, JobPayload } from '../jobs/contracts.js';
import { JobQueue } from '../jobs/queue.js';
import { toScopeOrg } from '../organizations/limits.js';
import { transact, type AccountScope, type Scope } from '../scope.js';
import { createAccountScope, createScope } from './create-scope.js';

/** The producer side, counting what it enqueues; `refuse` makes an enqueue fail (Redis away). */
export class CountingQueue extends JobQueue {
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

export let db: TestDatabase;
export let redis: Redis;
export let prefix: string;
export let jobs: CountingQueue;
export let eventsQueue: Queue;
export let emailQueue: Queue;
/** Registers the database and Redis of a test file (each file gets its own). */
export function useOutbox(): void {
  beforeAll(async () => {
    db = await createTestDatabase();
    redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
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
}

export const em = () => forkEm(db.orm);
export const signUpScope = (queue: JobQueue = jobs): AccountScope =>
  createAccountScope({ em: em(), jobs: queue, actor: { type: 'anonymous' } });
export const ctx = (queue: JobQueue = jobs) => ({ em: em(), jobs: queue });

/** A user row written in `tx` (as sign-up does), with the event sign-up records. */
export async function signUp(tx: AccountScope) {
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
export async function signUps(count: number, queue: JobQueue = jobs) {
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
export async function eventsOf(userIds: string[]): Promise<Map<string, Event>> {
  const rows = await em().find(Event, { name: 'user.signed_up' });
  return new Map(
    rows
      .filter((e) => userIds.includes(e.payload.userId as string))
      .map((e) => [e.payload.userId as string, e]),
  );
}

export const event = (id: string) => em().findOneOrFail(Event, { id });
export const welcomeDelivery = (userId: string) =>
  em().findOne(EmailDelivery, { key: welcomeEmailKey(userId) });
export const welcomeJob = (userId: string) => emailQueue.getJob(`welcome-${userId}`);
export const dispatchJob = (eventId: string) => eventsQueue.getJob(`events-${eventId}`);

/** Makes the events look written `ms` ago (and untouched since). */
export async function age(eventIds: string[], ms = 120_000) {
  const then = new Date(Date.now() - ms);
  await em().nativeUpdate(Event, { id: { $in: eventIds } }, { createdAt: then, updatedAt: then });
}

/** Marks every event of earlier tests dispatched, so that the sweep's counts are this test's. */
export async function settleEarlierEvents() {
  await em().nativeUpdate(Event, { dispatchedAt: null }, { dispatchedAt: new Date() });
}

/** The `events.dispatch` jobs in Redis (any state) whose payload names this event. */
export async function dispatchJobsFor(eventId: string) {
  const all = await eventsQueue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
  return all.filter((job) => (job.data as { eventIds: string[] }).eventIds.includes(eventId));
}

/** An organization with an owner and a member, and a scope of its owner acting in it. */
export async function organization(): Promise<{ scope: Scope; memberId: string }> {
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
    org: toScopeOrg(org),
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
