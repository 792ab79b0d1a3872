import { jobContracts } from '@roster/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

/** Two attempts, 10 ms apart: the real contract's retries, made quick for a test. */
const quickRetries = { attempts: 2, backoff: { type: 'fixed', delay: 10 } } as const;

let h: WorkerHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function enqueueWithQuickRetries(harness: WorkerHarness, userId: string): Promise<string> {
  const jobId = jobContracts['email.welcome'].jobId({ userId });
  await harness.emailQueue.add('email.welcome', { userId }, { jobId, ...quickRetries });
  return jobId;
}

describe('email.welcome when the SMTP server refuses', () => {
  it('retries, then records the delivery as failed with the error', async () => {
    h = await createWorkerHarness({ smtp: { reject: () => 'Mailbox unavailable' } });
    await h.start();
    const { userId } = await h.createUserOwingWelcome();
    const jobId = await enqueueWithQuickRetries(h, userId);

    const delivery = await waitFor('the delivery to fail', async () => {
      const row = await h!.delivery(userId);
      return row?.status === 'failed' ? row : undefined;
    });
    expect(delivery.attempts).toBe(2);
    expect(delivery.lastError).toMatch(/Mailbox unavailable/);
    expect(delivery.sentAt).toBeNull();
    await waitFor('the job to fail', async () => (await h!.jobState(jobId)) === 'failed');
    expect((await h.emailQueue.getJob(jobId))!.attemptsMade).toBe(2);
    expect(h.inbox.recipientsTried).toHaveLength(2);
    expect(h.inbox.messages).toHaveLength(0);
  });

  it('sends on the retry after a refusal, once', async () => {
    h = await createWorkerHarness({
      smtp: { reject: (_to, attempt) => (attempt === 1 ? 'Try again later' : undefined) },
    });
    await h.start();
    const { userId, email } = await h.createUserOwingWelcome();
    const jobId = await enqueueWithQuickRetries(h, userId);

    const delivery = await waitFor('the delivery to be sent', async () => {
      const row = await h!.delivery(userId);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivery).toMatchObject({ attempts: 2, lastError: null });
    await waitFor('the job to complete', async () => (await h!.jobState(jobId)) === 'completed');
    expect(h.inbox.messages.map((m) => m.subject)).toEqual(['Welcome to Roster, Ada Lovelace']);
    expect(h.inbox.recipientsTried).toEqual([email, email]);
  });
});
