import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashLinkToken, jobContracts } from '@roster/core';
import { EmailDelivery, forkEm } from '@roster/db';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileMailer } from '../src/file-mailer.js';
import { startSweep } from '../src/sweep.js';
import {
  appUrl,
  createWorkerHarness,
  mailFrom,
  testDelivery,
  type WorkerHarness,
} from './support/harness.js';
import {
  createOwedInvitation,
  invitationDelivery,
  invitationRow,
  tokenInLink,
} from './support/invitations.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness | undefined;
let mailDir: string | undefined;
afterEach(async () => {
  await h?.close();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
  h = mailDir = undefined;
});

const sentDelivery = (harness: WorkerHarness, invitationId: string) =>
  waitFor('the delivery to be sent', async () => {
    const row = await invitationDelivery(harness.db.orm, invitationId);
    return row?.status === 'sent' ? row : undefined;
  });

describe('email.invitation when the SMTP server refuses', () => {
  it('retries until the give-up time, then records the delivery as failed with the error', async () => {
    h = await createWorkerHarness({ smtp: { reject: () => 'Mailbox unavailable' } });
    await h.start({ delivery: { ...testDelivery, retry: { ...testDelivery.retry, giveUpAfterMs: 300 } } });
    const inv = await createOwedInvitation(h.db.orm);
    const jobId = jobContracts['email.invitation'].jobId(inv.payload);
    await h.jobs.enqueue('email.invitation', inv.payload);

    const delivery = await waitFor('the delivery to fail', async () => {
      const row = await invitationDelivery(h!.db.orm, inv.invitationId);
      return row?.status === 'failed' ? row : undefined;
    });
    expect(delivery.lastError).toMatch(/Mailbox unavailable/);
    await waitFor('the job to fail', async () => (await h!.jobState(jobId)) === 'failed');
    expect(h.inbox.recipientsTried).toEqual(Array(delivery.attempts).fill(inv.email));
    expect(h.inbox.messages).toHaveLength(0);
    expect(JSON.stringify(h.logs)).not.toContain(inv.token);
  });
});

describe('the sweep, for an invitation email whose job was lost', () => {
  it('issues a new token and mails its link, once', async () => {
    h = await createWorkerHarness();
    await h.start();
    const inv = await createOwedInvitation(h.db.orm); // its job never reached Redis
    await forkEm(h.db.orm).nativeUpdate(
      EmailDelivery,
      { key: `invitation:${inv.invitationId}:1` },
      { updatedAt: new Date(Date.now() - 120_000) },
    );
    const sweep = startSweep({ orm: h.db.orm, jobs: h.jobs, logger: h.logger, everyMs: 60_000 });
    try {
      await sentDelivery(h, inv.invitationId);
      expect(await sweep.run()).toBe(0);
    } finally {
      sweep.stop();
    }

    const [message, ...others] = h.inbox.messages.filter((m) => m.subject?.includes(inv.orgName));
    expect(others).toHaveLength(0);
    const token = tokenInLink(message!.text);
    expect(token).toBeDefined();
    expect(token).not.toBe(inv.token);
    const row = await invitationRow(h.db.orm, inv.invitationId);
    expect(hashLinkToken(token!)).toBe(row.tokenHash);
    expect(row).toMatchObject({ state: 'pending', sendCount: 1 });
    expect(JSON.stringify(h.logs)).not.toContain(token);
  });
});

describe('email.invitation with the file mailer (development, no SMTP_URL)', () => {
  it('logs the link for the developer in the file mailer’s line only', async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'roster-mail-'));
    const dir = mailDir;
    h = await createWorkerHarness({ mailer: (logger) => createFileMailer(dir, mailFrom, logger) });
    await h.start();
    const inv = await createOwedInvitation(h.db.orm);
    await h.jobs.enqueue('email.invitation', inv.payload);
    await sentDelivery(h, inv.invitationId);

    const withToken = h.logs.filter((l) => JSON.stringify(l).includes(inv.token));
    expect(withToken).toHaveLength(1);
    expect(withToken[0]).toMatchObject({
      msg: 'email written to a file (SMTP_URL is not set)',
      links: [`${appUrl}/invite/${inv.token}`],
    });
  });
});
