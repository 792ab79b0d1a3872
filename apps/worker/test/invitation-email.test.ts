import { hashLinkToken, newLinkToken } from '@roster/core';
import { Invitation, Project, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { createOwedInvitation, invitationDelivery, type OwedInvitation } from './support/invitations.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
  await h.start();
});
afterAll(() => h?.close());

/** Every token a test handed to a job: none may ever appear in a log line. */
const tokens: string[] = [];
async function owed(options: Parameters<typeof createOwedInvitation>[1] = {}): Promise<OwedInvitation> {
  const invitation = await createOwedInvitation(h.db.orm, options);
  tokens.push(invitation.token);
  return invitation;
}
const sentTo = (email: string) =>
  h.inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email);
const run = (payload: OwedInvitation['payload']) => handlers['email.invitation'](payload, h.context());
const deliveryStatus = async (invitationId: string, send = 1) =>
  (await invitationDelivery(h.db.orm, invitationId, send))?.status;

describe('email.invitation', () => {
  it.each([
    [false, 'Sign up to join'],
    [true, 'Sign in to join'],
  ])('mails the link (account exists: %s → "%s") and marks the delivery sent', async (exists, action) => {
    const inv = await owed({ accountExists: exists, inviterName: 'Jane Doe', role: 'admin' });
    await h.jobs.enqueue('email.invitation', inv.payload);

    const delivery = await waitFor('the delivery to be sent', async () => {
      const row = await invitationDelivery(h.db.orm, inv.invitationId);
      return row?.status === 'sent' ? row : undefined;
    });
    expect(delivery).toMatchObject({ recipient: inv.email, template: 'invitation', attempts: 1 });
    const [message, ...others] = sentTo(inv.email);
    expect(others).toHaveLength(0);
    expect(message!.subject).toBe(`Jane Doe invited you to join ${inv.orgName} on Roster`);
    const link = `${appUrl}/invite/${inv.token}`;
    expect(message!.text).toContain(link);
    expect(message!.html).toContain(`href="${link}"`);
    expect(message!.text).toContain(action);
    expect(message!.text).toContain('as an admin');
    // The job holds the token: it is removed from Redis once done.
    await waitFor(
      'the job to be removed',
      async () => !(await h.emailQueue.getJob(`invitation-${inv.invitationId}-1`)),
    );
  });

  it('lists the live projects the invitation adds, with the role in each', async () => {
    const inv = await owed();
    const em = forkEm(h.db.orm);
    const invitation = await em.findOneOrFail(Invitation, { id: inv.invitationId });
    const project = (name: string, archivedAt: Date | null = null) =>
      em.create(Project, { organization: invitation.organization, name, visibility: 'members', archivedAt });
    const [design, website, old] = [project('Design'), project('Website'), project('Old site', new Date())];
    invitation.projects = [
      { projectId: website.id, role: 'viewer' },
      { projectId: old.id, role: 'manager' },
      { projectId: design.id, role: 'manager' },
    ];
    await em.flush();
    expect(await run(inv.payload)).toBe('sent');
    const [message] = sentTo(inv.email);
    const text = message!.text as string;
    expect(text).toContain('You will also be added to these projects:');
    expect(text).toMatch(/Design, as a manager\s+\* Website, as a viewer/);
    expect(text).not.toContain('Old site');
  });

  it('sends once however many times the job is enqueued or the handler runs', async () => {
    const inv = await owed();
    const duplicateId = `invitation-${inv.invitationId}-duplicate`;
    await h.jobs.enqueue('email.invitation', inv.payload);
    await h.jobs.enqueue('email.invitation', inv.payload); // same jobId: BullMQ keeps one job
    await h.emailQueue.add('email.invitation', inv.payload, { jobId: duplicateId });
    // Called directly, a run that finds the email being sent says it would wait in the queue.
    const direct = await Promise.all(
      [1, 2].map(() => run(inv.payload).catch((e: Error) => e.message.slice(0, 8))),
    );

    await waitFor('both jobs to finish', async () => {
      const main = await h.emailQueue.getJob(`invitation-${inv.invitationId}-1`);
      return !main && (await h.jobState(duplicateId)) === 'completed';
    });
    const outcomes = [...direct, (await h.emailQueue.getJob(duplicateId))!.returnvalue];
    expect(outcomes.filter((o) => o === 'sent').length).toBeLessThanOrEqual(1);
    for (const other of outcomes.filter((o) => o !== 'sent')) {
      expect(other).toMatch(/^(skipped: sent|retry at)$/);
    }
    expect(sentTo(inv.email)).toHaveLength(1);
    expect(await invitationDelivery(h.db.orm, inv.invitationId)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  });

  it('sends nothing for a link that was replaced since (resend)', async () => {
    const inv = await owed();
    const next = newLinkToken();
    await forkEm(h.db.orm).nativeUpdate(
      Invitation,
      { id: inv.invitationId },
      { sendCount: 2, tokenHash: next.tokenHash },
    );
    expect(await run(inv.payload)).toBe('skipped: link replaced');
    expect(await deliveryStatus(inv.invitationId)).toBe('skipped');
    expect(sentTo(inv.email)).toHaveLength(0);
  });

  it('sends nothing for a token that is not the link’s, and still owes the real link', async () => {
    const inv = await owed();
    const forged = newLinkToken().token;
    tokens.push(forged);
    expect(await run({ ...inv.payload, token: forged })).toBe('skipped: token does not match');
    expect(await deliveryStatus(inv.invitationId)).toBe('queued');
    expect(sentTo(inv.email)).toHaveLength(0);
    expect(hashLinkToken(forged)).not.toBe(inv.tokenHash);
  });

  it.each([
    ['revoked', 'skipped: invitation revoked'],
    ['accepted', 'skipped: invitation accepted'],
  ] as const)('sends nothing for an invitation %s', async (state, outcome) => {
    const inv = await owed();
    await forkEm(h.db.orm).nativeUpdate(Invitation, { id: inv.invitationId }, { state });
    expect(await run(inv.payload)).toBe(outcome);
    expect(await deliveryStatus(inv.invitationId)).toBe('skipped');
    expect(sentTo(inv.email)).toHaveLength(0);
  });

  it('sends nothing for an invitation past its expiry, or gone', async () => {
    const expired = await owed({ expiresAt: new Date(Date.now() - 1000) });
    expect(await run(expired.payload)).toBe('skipped: invitation expired');
    expect(await deliveryStatus(expired.invitationId)).toBe('skipped');
    const gone = { ...expired.payload, invitationId: '00000000-0000-4000-8000-000000000000' };
    expect(await run(gone)).toBe('skipped: invitation gone');
    expect(sentTo(expired.email)).toHaveLength(0);
  });

  it('says when the link never expires', async () => {
    const inv = await owed({ expiresAt: null });
    expect(await run(inv.payload)).toBe('sent');
    expect(sentTo(inv.email)[0]!.text).toContain('This link does not expire.');
  });

  it('never logs a token', () => {
    expect(h.logs.some((l) => String(l.msg).includes('invitation email sent'))).toBe(true);
    const logged = JSON.stringify(h.logs);
    for (const token of tokens) expect(logged).not.toContain(token);
  });
});
