// The events outbox with the real worker process (`tsx src/main.ts`) on a real database (an SQLite
// file, or PostgreSQL with TEST_DATABASE=postgresql), Redis and an SMTP server in this process:
// 300 sign-ups recorded while no worker runs, a worker SIGKILLed in the middle of dispatching them,
// and a new one started. Every event must end dispatched and every welcome email arrive once: as one
// message. The kill also lands in the email queue, which sends while the events are dispatched: an
// email the SMTP server took just before it (its worker died before recording it) cannot be told
// from one that never arrived, so it is sent again, as the same message (the same Message-ID).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue, createAccountScope, transact } from '@roster/core';
import { EmailDelivery, Event, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { startSmtpInbox, type SmtpInbox } from '@roster/testing/smtp-inbox';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from './support/wait-for.js';
import { killHard, spawnWorkerProcess, started, type WorkerProcess } from './support/worker-process.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const transactions = 3;
const signUpsEach = 100;
const total = transactions * signUpsEach;

let dataDir: string | undefined;
let db: TestDatabase | undefined;
let inbox: SmtpInbox | undefined;
let redis: Redis | undefined;
let jobs: JobQueue | undefined;
let queues: Queue[] = [];
let prefix = '';
const workers: WorkerProcess[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map(killHard));
  await Promise.all([jobs?.close(), ...queues.map((q) => q.close())]);
  if (redis) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }
  // The SMTP server waits up to 30 s for the connections of the SIGKILLed worker: not for them.
  if (inbox) await Promise.race([inbox.close(), new Promise((resolve) => setTimeout(resolve, 1000))]);
  await db?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = db = inbox = redis = jobs = undefined;
  queues = [];
});

/** Sign-ups as the use case records them: the user row and `user.signed_up`, in one transaction. */
async function signUps(count: number): Promise<string[]> {
  const scope = createAccountScope({ em: forkEm(db!.orm), jobs: jobs!, actor: { type: 'anonymous' } });
  return transact(scope, async (tx) => {
    const users = Array.from({ length: count }, () =>
      tx.em.create(User, {
        email: `signup-${randomBytes(5).toString('hex')}@example.com`,
        name: 'Ada Lovelace',
        passwordHash: 'not-a-real-hash',
      }),
    );
    await tx.em.flush();
    for (const user of users) {
      await tx.record('user.signed_up', { userId: user.id, email: user.email, viaInvitation: false });
    }
    return users.map((user) => user.email);
  });
}

const countEvents = (dispatched: boolean) =>
  forkEm(db!.orm).count(Event, { name: 'user.signed_up', dispatchedAt: dispatched ? { $ne: null } : null });

/** Jobs of these queues still to run (waiting, delayed or running). */
async function jobsLeft(): Promise<number> {
  const counts = await Promise.all(queues.map((q) => q.getJobCountByTypes('waiting', 'delayed', 'active')));
  return counts.reduce((a, b) => a + b, 0);
}

function spawn(env: Record<string, string>): WorkerProcess {
  const worker = spawnWorkerProcess(env);
  workers.push(worker);
  return worker;
}

describe('the events outbox with a real worker', () => {
  it('dispatches every event and sends every welcome email once when a worker is killed mid-dispatch', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roster-outbox-'));
    db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
    inbox = await startSmtpInbox();
    prefix = `roster-test-outbox-${randomBytes(4).toString('hex')}`;
    redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    jobs = new JobQueue(redis, prefix);
    queues = ['events', 'email'].map((name) => new Queue(name, { connection: redis!, prefix }));
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: db.database,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      SMTP_URL: inbox.url,
      APP_URL: 'http://roster.test',
      EVENT_LEASE_MS: '3000',
      JOB_LOCK_MS: '5000',
      EMAIL_LEASE_MS: '5000',
      EMAIL_RETRY_DELAY_MS: '200',
    };

    const t0 = Date.now();
    const times: string[] = [];
    const mark = (what: string) => times.push(`${what} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Recorded while no worker runs: the events wait in the outbox, their dispatch jobs in Redis.
    const emails: string[] = [];
    for (let t = 0; t < transactions; t++) emails.push(...(await signUps(signUpsEach)));
    expect(await countEvents(false)).toBe(total);
    expect(await queues[0]!.getJobCountByTypes('waiting')).toBe(transactions);

    mark('recorded');
    // The first worker sweeps rarely (its start-up sweep must leave the fresh events to their jobs).
    // It runs one job at a time per queue: dispatching 300 events takes a while, for the kill to land in.
    const first = spawn({ ...env, WORKER_CONCURRENCY: '1', EMAIL_SWEEP_EVERY_MS: '600000' });
    await started(first);
    const dispatchedAtKill = await waitFor('some events to be dispatched', async () => {
      const dispatched = await countEvents(true);
      return dispatched >= 20 && dispatched;
    });
    mark('started, dispatching');
    await killHard(first);
    mark('killed');
    const afterKill = await countEvents(true);
    const held = await forkEm(db.orm).count(Event, { dispatchedAt: null, claimId: { $ne: null } });
    expect(dispatchedAtKill).toBeLessThan(total);
    expect(afterKill).toBeLessThan(total);

    // The second sweeps every second: what the dead worker held is taken over once its lease lapses.
    const second = spawn({ ...env, WORKER_CONCURRENCY: '5', EMAIL_SWEEP_EVERY_MS: '1000' });
    await started(second);
    mark('second started');
    await waitFor(
      'every event dispatched and every welcome email sent',
      async () => {
        const [undispatched, unsent] = await Promise.all([
          countEvents(false),
          forkEm(db!.orm).count(EmailDelivery, { template: 'welcome', status: { $ne: 'sent' } }),
        ]);
        if (undispatched === 0 && !times.some((t) => t.startsWith('all dispatched'))) mark('all dispatched');
        return undispatched === 0 && unsent === 0 && (await jobsLeft()) === 0;
      },
      90_000,
    ).catch(async (error: Error) => {
      throw new Error(
        `${error.message}: ${await countEvents(false)} events undispatched, ${inbox!.messages.length} emails; ` +
          `worker said:\n${second.output().slice(-3000)}`,
      );
    });

    mark('settled');
    // Stopped as `pnpm start` is (SIGTERM): it finishes, says goodbye to the SMTP server, and exits.
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.child.exitCode).toBe(0);
    // Each address: its messages, by Message-ID.
    const received = new Map<string, Map<string, number>>();
    for (const message of inbox.messages) {
      expect(message.subject).toBe('Welcome to Roster, Ada Lovelace');
      for (const to of message.envelopeTo) {
        const ids = received.get(to) ?? new Map<string, number>();
        ids.set(message.messageId!, (ids.get(message.messageId!) ?? 0) + 1);
        received.set(to, ids);
      }
    }
    const deliveries = await forkEm(db.orm).find(EmailDelivery, { template: 'welcome' });
    const attemptsOf = new Map(deliveries.map((d) => [d.recipient, d.attempts]));
    const report = (email: string) =>
      `${email}: ${JSON.stringify([...(received.get(email) ?? [])])}, ${attemptsOf.get(email)} attempts`;
    // Nothing lost, no second message: one Message-ID per address.
    expect(emails.filter((email) => received.get(email)?.size !== 1).map(report)).toEqual([]);
    // A copy only of the email the kill cut short (the first worker sends one at a time), sent again
    // by the claim that took its lapsed lease over; every other email went out exactly once.
    const copied = emails.filter((email) => [...received.get(email)!.values()][0] !== 1);
    expect(copied.length, copied.map(report).join('; ')).toBeLessThanOrEqual(1);
    for (const email of copied) {
      expect(received.get(email)!.values().next().value, report(email)).toBe(2);
      expect(attemptsOf.get(email), report(email)).toBe(2);
    }
    expect(inbox.messages).toHaveLength(total + copied.length);
    expect(deliveries.filter((d) => d.status === 'sent')).toHaveLength(total);
    expect(second.output()).not.toContain('job failed for good');
    console.info(
      `outbox kill test: ${dispatchedAtKill} of ${total} events dispatched when killed (${afterKill} after, ${held} held by its lease), ` +
        `${copied.length} email sent again after the kill cut its send short; ` +
        times.join(', '),
    );
  }, 180_000);
});
