import {
  AttemptLimiter,
  ResetLimiter,
  accountEmailKey,
  createAccountScope,
  requestPasswordReset,
  resetPassword,
  signUp,
  verifyEmail,
} from '@roster/core';
import { AccountToken, EmailDelivery, User, forkEm } from '@roster/db';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlers } from '../src/handlers/index.js';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let h: WorkerHarness;
beforeAll(async () => {
  h = await createWorkerHarness();
  await h.start();
});
afterAll(() => h?.close());

let n = 0;
const confirmSubject = 'Confirm your email for Roster';
const resetSubject = 'Reset your Roster password';
const sentTo = (email: string, subject: string) =>
  h.inbox.messages.filter(
    (m) => m.to && !Array.isArray(m.to) && m.to.text === email && m.subject === subject,
  );

/** Someone not signed in, as a request of the API would act (its events dispatched by this worker). */
const anonymous = () =>
  createAccountScope({ em: forkEm(h.db.orm), jobs: h.jobs, actor: { type: 'anonymous' } });

/** A real sign-up through core: the user, their organization, and the confirmation email owed. */
async function signedUp(name = 'Grace Hopper') {
  const email = `account-${++n}-${Date.now()}@example.com`;
  const limiter = new AttemptLimiter(h.redis, undefined, h.prefix);
  const { user } = await signUp(
    anonymous(),
    { email, password: 'violet-otter-17-lantern', name, companyName: 'Navy' },
    { limiter, ip: `10.9.0.${n}` },
  );
  return { userId: user.id, email };
}

const tokenRow = (userId: string, purpose: 'verify_email' | 'reset_password') =>
  forkEm(h.db.orm).findOneOrFail(AccountToken, { user: userId, purpose }, { orderBy: { createdAt: 'desc' } });

const sentOnce = (email: string, subject: string): Promise<ParsedMail> =>
  waitFor(`the "${subject}" email`, () => sentTo(email, subject)[0]);

/** The token of the link to `path` in a message, checking it appears nowhere but in that link. */
function linkTokenOf(message: ParsedMail, path: string): string {
  const token = message.text?.match(new RegExp(`${appUrl}/${path}/([A-Za-z0-9_-]{43})\\b`))?.[1];
  expect(token).toBeDefined();
  const link = `${appUrl}/${path}/${token}`;
  expect(message.html).toContain(`href="${link}"`);
  for (const part of [message.text ?? '', String(message.html)]) {
    expect(part.replaceAll(link, '')).not.toContain(token);
  }
  expect(message.subject).not.toContain(token);
  return token!;
}

const sentDelivery = (key: string) =>
  waitFor(
    `delivery ${key} to be sent`,
    async () => (await forkEm(h.db.orm).findOne(EmailDelivery, { key, status: 'sent' })) ?? undefined,
  );

describe('email.verify-email', () => {
  it('mails the confirmation link with its expiry, once, never logging the token', async () => {
    const { userId, email } = await signedUp('Grace Hopper');
    const message = await sentOnce(email, confirmSubject);
    const token = linkTokenOf(message, 'verify-email');
    expect(message.text).toContain('Hi Grace Hopper');
    expect(message.text).toMatch(/This link expires on \w+ \d+, \d{4} at .+ UTC and works once\./);

    const row = await tokenRow(userId, 'verify_email');
    await sentDelivery(accountEmailKey('verify_email', row.id));
    // Running the job again, or another copy of it, sends nothing more.
    const again = await handlers['email.verify-email']({ tokenId: row.id, token }, h.context());
    expect(again).toMatch(/^skipped/);
    expect(sentTo(email, confirmSubject)).toHaveLength(1);
    await waitFor(
      'the job to leave Redis',
      async () => !(await h.emailQueue.getJob(`verify-email-${row.id}`)),
    );
    expect(JSON.stringify(h.logs)).not.toContain(token);

    expect(await verifyEmail(anonymous(), { token })).toEqual({ email });
  });

  it('sends nothing for a link used, expired, or whose email was verified since', async () => {
    const ctx = h.context();
    const used = await signedUp();
    const usedToken = linkTokenOf(await sentOnce(used.email, confirmSubject), 'verify-email');
    await verifyEmail(anonymous(), { token: usedToken });
    const usedRow = await tokenRow(used.userId, 'verify_email');
    expect(await handlers['email.verify-email']({ tokenId: usedRow.id, token: usedToken }, ctx)).toBe(
      'skipped: link used',
    );

    const expired = await signedUp();
    const expiredToken = linkTokenOf(await sentOnce(expired.email, confirmSubject), 'verify-email');
    const expiredRow = await tokenRow(expired.userId, 'verify_email');
    await forkEm(h.db.orm).nativeUpdate(
      AccountToken,
      { id: expiredRow.id },
      { expiresAt: new Date(Date.now() - 1000) },
    );
    expect(await handlers['email.verify-email']({ tokenId: expiredRow.id, token: expiredToken }, ctx)).toBe(
      'skipped: link expired',
    );

    const verified = await signedUp();
    const verifiedToken = linkTokenOf(await sentOnce(verified.email, confirmSubject), 'verify-email');
    await forkEm(h.db.orm).nativeUpdate(User, { id: verified.userId }, { emailVerifiedAt: new Date() });
    const verifiedRow = await tokenRow(verified.userId, 'verify_email');
    expect(await handlers['email.verify-email']({ tokenId: verifiedRow.id, token: verifiedToken }, ctx)).toBe(
      'skipped: email already verified',
    );

    for (const { email } of [used, expired, verified]) expect(sentTo(email, confirmSubject)).toHaveLength(1);
  });
});

describe('email.reset-password', () => {
  it('mails the reset link once, and nothing for an unknown email; the link sets the password', async () => {
    const { userId, email } = await signedUp('Ada Lovelace');
    const limiter = new ResetLimiter(h.redis, undefined, h.prefix);
    const limits = { limiter, ip: '10.9.1.1' };
    await requestPasswordReset(anonymous(), { email }, limits);
    await requestPasswordReset(anonymous(), { email: `nobody-${n}@example.com` }, limits);

    const message = await sentOnce(email, resetSubject);
    const token = linkTokenOf(message, 'reset-password');
    expect(message.text).toContain('Hi Ada Lovelace');
    expect(message.text).toContain('every device signed in to the account is signed out');
    expect(message.text).toMatch(/This link expires on .+ UTC and works once\./);
    const row = await tokenRow(userId, 'reset_password');
    await sentDelivery(accountEmailKey('reset_password', row.id));
    expect(await handlers['email.reset-password']({ tokenId: row.id, token }, h.context())).toMatch(
      /^skipped/,
    );
    expect(sentTo(email, resetSubject)).toHaveLength(1);
    expect(h.inbox.recipientsTried.some((r) => r.startsWith('nobody-'))).toBe(false);
    expect(JSON.stringify(h.logs)).not.toContain(token);

    const result = await resetPassword(anonymous(), { token, password: 'amber-heron-42-compass-dune' });
    expect(result.user).toMatchObject({ id: userId, emailVerified: true });
  });

  it('sends nothing for a link replaced by a newer request', async () => {
    const { userId, email } = await signedUp();
    const limiter = new ResetLimiter(h.redis, undefined, h.prefix);
    const limits = { limiter, ip: '10.9.1.2' };
    await requestPasswordReset(anonymous(), { email }, limits);
    const first = await tokenRow(userId, 'reset_password');
    await requestPasswordReset(anonymous(), { email }, limits);
    const second = await tokenRow(userId, 'reset_password');
    expect(second.id).not.toBe(first.id);
    const stale = { tokenId: first.id, token: 'A'.repeat(43) };
    expect(await handlers['email.reset-password'](stale, h.context())).toBe('skipped: link gone');
    // The newer link is mailed (the older one may have gone out before it was replaced).
    await sentDelivery(accountEmailKey('reset_password', second.id));
  });
});
