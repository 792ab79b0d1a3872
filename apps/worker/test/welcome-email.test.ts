import { AttemptLimiter, createAccountScope, signUp } from '@roster/core';
import { forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { appUrl, createWorkerHarness, mailFrom, type WorkerHarness } from './support/harness.js';
import { createOwedInvitation } from './support/invitations.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
  await h.start();
});
afterAll(() => h?.close());

/** How many messages the inbox holds for this address. */
const sentTo = (email: string) =>
  h.inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email);

describe('email.welcome', () => {
  it('sends the welcome email once after sign-up and marks the delivery sent', async () => {
    const email = `grace-${Date.now()}@example.com`;
    const limiter = new AttemptLimiter(h.redis, undefined, h.prefix);
    const scope = createAccountScope({ em: forkEm(h.db.orm), jobs: h.jobs, actor: { type: 'anonymous' } });
    const { user } = await signUp(
      scope,
      { email, password: 'violet-otter-17-lantern', name: 'Grace Hopper', companyName: 'Navy' },
      { limiter, ip: '127.0.0.1' },
    );

    const delivery = await waitFor('the delivery to be sent', async () => {
      const row = await h.delivery(user.id);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivery).toMatchObject({ recipient: email, template: 'welcome', attempts: 1, lastError: null });
    expect(delivery.sentAt).toBeInstanceOf(Date);

    // Sign-up also owes the confirmation email (account-email.test.ts): only the welcome one here.
    const [message, ...others] = sentTo(email).filter((m) => m.subject?.startsWith('Welcome'));
    expect(others).toHaveLength(0);
    expect(message!.subject).toBe('Welcome to Roster, Grace Hopper');
    expect(message!.from?.value).toEqual([{ name: 'Roster', address: mailFrom.match(/<(.+)>/)![1] }]);
    expect(message!.text).toContain('Welcome to Roster, Grace Hopper');
    expect(message!.text).toContain(appUrl);
    expect(message!.html).toContain(`href="${appUrl}"`);
    expect(message!.html).toContain('Open Roster');
    // BullMQ marks the job completed just after its handler returns (the delivery is sent by then).
    await waitFor(
      'the job to complete',
      async () => (await h.jobState(`welcome-${user.id}`)) === 'completed',
    );
  });

  it('sends once however many times the job is enqueued or the handler runs', async () => {
    const { userId, email } = await h.createUserOwingWelcome('Ada Lovelace');
    const duplicateId = `welcome-${userId}-duplicate`;

    await h.jobs.enqueue('email.welcome', { userId });
    await h.jobs.enqueue('email.welcome', { userId }); // same jobId: BullMQ keeps one job
    await h.emailQueue.add('email.welcome', { userId }, { jobId: duplicateId }); // a second job for the same email
    // Called directly, a run that finds the email being sent says it would wait in the queue.
    const direct = await Promise.all(
      [1, 2].map(() =>
        handlers['email.welcome']({ userId }, h.context()).catch((e: Error) => e.message.slice(0, 8)),
      ),
    );

    const jobIds = [`welcome-${userId}`, duplicateId];
    await waitFor('both jobs to complete', async () =>
      (await Promise.all(jobIds.map((id) => h.jobState(id)))).every((s) => s === 'completed'),
    );
    const results = await Promise.all(jobIds.map(async (id) => (await h.emailQueue.getJob(id))!.returnvalue));
    const outcomes = [...direct, ...results];

    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'sent')).toEqual(
      Array(3).fill(expect.stringMatching(/^(skipped: sent|retry at)$/)),
    );
    expect(sentTo(email)).toHaveLength(1);
    expect(await h.delivery(userId)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('skips, and logs, a user who no longer exists', async () => {
    const userId = '00000000-0000-4000-8000-000000000000';
    expect(await handlers['email.welcome']({ userId }, h.context())).toBe('skipped: user gone');
    expect(h.logs.some((l) => l.userId === userId && String(l.msg).includes('no longer exists'))).toBe(true);
  });

  it('fails a job with an invalid payload at once, without retrying', async () => {
    await h.emailQueue.add('email.welcome', { userId: 'not-a-uuid' }, { jobId: 'bad-payload', attempts: 3 });
    await waitFor('the job to fail', async () => (await h.jobState('bad-payload')) === 'failed');
    const job = (await h.emailQueue.getJob('bad-payload'))!;
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/invalid payload for "email.welcome"/);
  });
});

describe('email.welcome for someone who joined through an invitation', () => {
  it('welcomes them to the organization they joined, by who invited them, without asking them to invite', async () => {
    const { email, orgName, token } = await createOwedInvitation(h.db.orm, { inviterName: 'Jane Doe' });
    const limiter = new AttemptLimiter(h.redis, undefined, h.prefix);
    const scope = createAccountScope({ em: forkEm(h.db.orm), jobs: h.jobs, actor: { type: 'anonymous' } });
    const { user } = await signUp(
      scope,
      { email, password: 'violet-otter-17-lantern', name: 'Ivy Chen', inviteToken: token },
      { limiter, ip: '127.0.0.2' },
    );
    await waitFor('the delivery to be sent', async () => (await h.delivery(user.id))?.status === 'sent');
    const [message] = sentTo(email).filter((m) => m.subject?.startsWith('Welcome'));
    expect(message!.subject).toBe(`Welcome to ${orgName} on Roster, Ivy Chen`);
    expect(message!.text).toContain(`You joined ${orgName}, invited by Jane Doe.`);
    expect(message!.text).not.toMatch(/invite your teammates/i);
  });
});
