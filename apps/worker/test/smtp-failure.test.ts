import { jobContracts } from '@roster/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeliverySettings } from '../src/deliver.js';
import { createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { tokenInLink } from '@roster/testing/mail-links';
import { createOwedInvitation, invitationDelivery } from './support/invitations.js';
import { waitFor } from './support/wait-for.js';

/** The real retry policy, made quick for a test: 50 ms, doubling to 200 ms, for `giveUpAfterMs`. */
const quickRetries = (giveUpAfterMs: number): DeliverySettings => ({
  leaseMs: 60_000,
  retry: { firstDelayMs: 50, maxDelayMs: 200, giveUpAfterMs },
});

let h: WorkerHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('email.welcome when the SMTP server refuses', () => {
  it('retries until the give-up time, then records the delivery as failed with the error', async () => {
    h = await createWorkerHarness({ smtp: { reject: () => 'Mailbox unavailable' } });
    await h.start({ delivery: quickRetries(400) });
    const { userId } = await h.createUserOwingWelcome();
    await h.jobs.enqueue('email.welcome', { userId });
    const jobId = jobContracts['email.welcome'].jobId({ userId });

    const delivery = await waitFor('the delivery to fail', async () => {
      const row = await h!.delivery(userId);
      return row?.status === 'failed' ? row : undefined;
    });
    expect(delivery.attempts).toBeGreaterThanOrEqual(1); // as many as fit in 400 ms on this machine
    expect(delivery.lastError).toMatch(/Mailbox unavailable/);
    expect(delivery.sentAt).toBeNull();
    await waitFor('the job to fail', async () => (await h!.jobState(jobId)) === 'failed');
    expect(h.inbox.recipientsTried).toHaveLength(delivery.attempts);
    expect(h.inbox.messages).toHaveLength(0);
  });

  it('sends on the retry after a refusal, once', async () => {
    h = await createWorkerHarness({
      smtp: { reject: (_to, attempt) => (attempt === 1 ? 'Try again later' : undefined) },
    });
    await h.start({ delivery: quickRetries(60_000) });
    const { userId, email } = await h.createUserOwingWelcome();
    await h.jobs.enqueue('email.welcome', { userId });

    const delivery = await waitFor('the delivery to be sent', async () => {
      const row = await h!.delivery(userId);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivery).toMatchObject({ attempts: 2, lastError: null });
    expect(h.inbox.messages.map((m) => m.subject)).toEqual(['Welcome to Roster, Ada Lovelace']);
    expect(h.inbox.recipientsTried).toEqual([email, email]);
  });
});

describe('an SMTP outage', () => {
  it('fails no invitation for good: each is sent once, with its link, when the server is back', async () => {
    // Down for each recipient's first 6 tries: more than the few attempts a job gets, well within
    // the give-up time (a minute here, a day by default).
    const tries = new Map<string, number>();
    h = await createWorkerHarness({
      smtp: {
        reject: (to) => {
          tries.set(to, (tries.get(to) ?? 0) + 1);
          return tries.get(to)! <= 6 ? 'Service not available, try again later' : undefined;
        },
      },
    });
    await h.start({ delivery: quickRetries(60_000) });
    const invitations = await Promise.all(Array.from({ length: 10 }, () => createOwedInvitation(h!.db.orm)));
    for (const inv of invitations) await h.jobs.enqueue('email.invitation', inv.payload);

    for (const inv of invitations) {
      const delivery = await waitFor(
        'every invitation email',
        async () => {
          const row = await invitationDelivery(h!.db.orm, inv.invitationId);
          return row?.status === 'sent' ? row : undefined;
        },
        60_000,
      );
      expect(delivery.attempts).toBe(7);
      const mailed = h.inbox.messages.filter((m) => tokenInLink(m.text) === inv.token);
      expect(mailed).toHaveLength(1);
    }
    expect(h.inbox.messages).toHaveLength(10);
  });
});
