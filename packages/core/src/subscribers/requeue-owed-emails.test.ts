import { randomBytes } from 'node:crypto';
import { EmailDelivery, Invitation, Organization, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../jobs/queue.js';
import { hashLinkToken, newLinkToken } from '../vocabulary/tokens.js';
import { recordEmailDelivery } from '../emails/deliveries.js';
import { invitationEmailKey, welcomeEmailKey } from '../emails/keys.js';
import { requeueOwedEmails } from './requeue-owed-emails.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
let queue: Queue;
beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  const prefix = `roster-test-requeue-${randomBytes(4).toString('hex')}`;
  jobs = new JobQueue(redis, prefix);
  queue = new Queue('email', { connection: redis, prefix });
});
afterAll(async () => {
  await Promise.all([jobs?.close(), queue?.close()]);
  const keys = (await redis?.keys(`${queue.opts.prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
});

const twoMinutesAgo = () => new Date(Date.now() - 120_000);
let n = 0;

/** A pending invitation on its first link, whose email is owed and untouched for two minutes. */
async function owedInvitation(fields: Partial<Pick<Invitation, 'state' | 'sendCount' | 'expiresAt'>> = {}) {
  const em = forkEm(db.orm);
  const org = em.create(Organization, { name: `Org ${++n}` });
  const { token, tokenHash } = newLinkToken();
  const email = `invitee-${n}@example.com`;
  const invitation = em.create(Invitation, {
    organization: org,
    email,
    role: 'member',
    tokenHash,
    expiresAt: null,
    invitedBy: null,
    ...fields,
  });
  const key = invitationEmailKey(invitation.id, 1);
  recordEmailDelivery(em, key, 'invitation', email);
  await em.flush();
  await em.nativeUpdate(EmailDelivery, { key }, { updatedAt: twoMinutesAgo() });
  return { invitationId: invitation.id, token, tokenHash, key };
}

const row = (id: string) => forkEm(db.orm).findOneOrFail(Invitation, { id });
const delivery = (key: string) => forkEm(db.orm).findOneOrFail(EmailDelivery, { key });
const jobOf = (invitationId: string) => queue.getJob(`invitation-${invitationId}-1`);
const sweep = () => requeueOwedEmails(forkEm(db.orm), jobs);

describe('the sweep, for an owed invitation email', () => {
  it('gives a pending invitation whose job is lost a new token, and enqueues it', async () => {
    const { invitationId, tokenHash, key } = await owedInvitation();
    expect(await sweep()).toBe(1);

    const job = await jobOf(invitationId);
    expect(job?.data).toMatchObject({ invitationId, send: 1 });
    const saved = await row(invitationId);
    expect(saved.tokenHash).not.toBe(tokenHash);
    expect(hashLinkToken(job!.data.token)).toBe(saved.tokenHash);
    expect((await delivery(key)).status).toBe('queued');
    expect(await sweep()).toBe(0); // the job exists now, and the delivery was touched
  });

  it('leaves alone an invitation whose job still exists', async () => {
    const { invitationId, token, tokenHash } = await owedInvitation();
    await jobs.enqueue('email.invitation', { invitationId, send: 1, token });
    expect(await sweep()).toBe(0);
    expect((await row(invitationId)).tokenHash).toBe(tokenHash);
    expect((await jobOf(invitationId))!.data.token).toBe(token);
  });

  it.each([
    ['revoked', { state: 'revoked' as const }],
    ['accepted', { state: 'accepted' as const }],
    ['resent since', { sendCount: 2 }],
    ['expired', { expiresAt: new Date(Date.now() - 1000) }],
  ])('marks the delivery skipped when the invitation is %s', async (_, fields) => {
    const { invitationId, tokenHash, key } = await owedInvitation(fields);
    expect(await sweep()).toBe(0);
    expect((await delivery(key)).status).toBe('skipped');
    expect((await row(invitationId)).tokenHash).toBe(tokenHash);
    expect(await jobOf(invitationId)).toBeUndefined();
  });

  it('issues one token when two sweeps run at once', async () => {
    const { invitationId } = await owedInvitation();
    const counts = await Promise.all([sweep(), sweep(), sweep()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const job = await jobOf(invitationId);
    expect(hashLinkToken(job!.data.token)).toBe((await row(invitationId)).tokenHash);
  });

  it('leaves an invitation email recorded a moment ago', async () => {
    const { invitationId, tokenHash, key } = await owedInvitation();
    await forkEm(db.orm).nativeUpdate(EmailDelivery, { key }, { updatedAt: new Date() });
    expect(await sweep()).toBe(0);
    expect((await row(invitationId)).tokenHash).toBe(tokenHash);
  });
});

describe('the sweep, for an invitation email whose send was cut short', () => {
  const claimed = (key: string, leaseExpiresAt: Date) =>
    forkEm(db.orm).nativeUpdate(EmailDelivery, { key }, { status: 'sending', attempts: 1, leaseExpiresAt });

  it('issues a new token when the lease ran out and the job is gone', async () => {
    const { invitationId, tokenHash, key } = await owedInvitation();
    await claimed(key, new Date(Date.now() - 1000));
    expect(await sweep()).toBe(1);
    const saved = await row(invitationId);
    expect(saved.tokenHash).not.toBe(tokenHash);
    expect(hashLinkToken((await jobOf(invitationId))!.data.token)).toBe(saved.tokenHash);
    expect(await delivery(key)).toMatchObject({ status: 'queued', leaseExpiresAt: null, attempts: 1 });
  });

  it('leaves a delivery whose lease still runs', async () => {
    const { invitationId, tokenHash, key } = await owedInvitation();
    await claimed(key, new Date(Date.now() + 60_000));
    expect(await sweep()).toBe(0);
    expect((await row(invitationId)).tokenHash).toBe(tokenHash);
    expect((await delivery(key)).status).toBe('sending');
  });

  it('replaces a job that failed for good with one carrying a new token', async () => {
    const { invitationId, token, key } = await owedInvitation();
    await claimed(key, new Date(Date.now() - 1000));
    const jobId = `invitation-${invitationId}-1`;
    await queue.add('email.invitation', { invitationId, send: 1, token }, { jobId, lifo: true });
    // Taken and failed by hand, as BullMQ fails a job whose worker was killed twice.
    const worker = new Worker('email', null, { connection: redis, prefix: queue.opts.prefix });
    const job = (await worker.getNextJob('lock'))!;
    expect(job.id).toBe(jobId);
    await job.moveToFailed(new Error('job stalled more than allowable limit'), 'lock', false);
    await worker.close();
    expect(await queue.getJobState(jobId)).toBe('failed');
    expect(await sweep()).toBe(1);
    const next = (await jobOf(invitationId))!;
    expect(next.data.token).not.toBe(token);
    expect(hashLinkToken(next.data.token)).toBe((await row(invitationId)).tokenHash);
  });

  it('leaves a retry that is not due yet, and takes one whose job is gone once due', async () => {
    const { invitationId, tokenHash, key } = await owedInvitation();
    const em = forkEm(db.orm);
    await em.nativeUpdate(EmailDelivery, { key }, { nextAttemptAt: new Date(Date.now() + 60_000) });
    expect(await sweep()).toBe(0);
    expect((await row(invitationId)).tokenHash).toBe(tokenHash);
    await em.nativeUpdate(EmailDelivery, { key }, { nextAttemptAt: twoMinutesAgo() });
    expect(await sweep()).toBe(1);
    expect((await row(invitationId)).tokenHash).not.toBe(tokenHash);
  });
});

describe('the sweep, for an owed welcome email', () => {
  it('enqueues the welcome job again', async () => {
    const em = forkEm(db.orm);
    const user = em.create(User, { email: `welcome-${++n}@example.com`, name: 'Ada', passwordHash: 'x' });
    recordEmailDelivery(em, welcomeEmailKey(user.id), 'welcome', user.email);
    await em.flush();
    await em.nativeUpdate(EmailDelivery, { key: welcomeEmailKey(user.id) }, { updatedAt: twoMinutesAgo() });
    expect(await sweep()).toBe(1);
    expect((await queue.getJob(`welcome-${user.id}`))?.data).toEqual({ userId: user.id });
  });
});
