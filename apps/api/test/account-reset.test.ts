import { randomBytes } from 'node:crypto';
import { AccountToken, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLinkToken, expireAccountTokens, retryAfterOf } from './account-fixtures.js';
import { createHarness, errorOf, password, uniqueEmail, type Caller, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const newPassword = 'amber-heron-42-compass-dune';
let ipCounter = 0;
/** A browser of its own (each test its own IP, apart from the per-IP limit test). */
const browser = (cookie?: string) => h.caller({ ip: `10.50.${++ipCounter % 250}.1`, cookie });
const sessionCookieOf = (c: Caller) =>
  c.cookies
    .filter((x) => x.startsWith('roster_session='))
    .at(-1)!
    .split(';')[0]!;
const resetToken = (userId: string) => accountLinkToken(h, 'reset_password', userId);

describe('auth.requestPasswordReset', () => {
  it('answers { ok: true } alike for an account and an unknown email, and mails a link only to the account', async () => {
    const { userId, email } = await h.signUp();
    const c = await browser();
    expect(await c.auth.requestPasswordReset({ email: ` ${email.toUpperCase()} ` })).toEqual({ ok: true });
    const unknown = uniqueEmail('nobody');
    expect(await c.auth.requestPasswordReset({ email: unknown })).toEqual({ ok: true });

    const em = forkEm(h.db.orm);
    const [row] = await em.find(AccountToken, { user: userId, purpose: 'reset_password' });
    expect(row).toMatchObject({ email, usedAt: null });
    const lifetime = row!.expiresAt.getTime() - row!.createdAt.getTime();
    expect(Math.abs(lifetime - 3_600_000)).toBeLessThan(60_000);
    expect(await resetToken(userId)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await em.count(AccountToken, { email: unknown })).toBe(0);
  });

  it('a new request replaces the previous unused link', async () => {
    const { userId, email } = await h.signUp();
    const c = await browser();
    await c.auth.requestPasswordReset({ email });
    const first = await resetToken(userId);
    await c.auth.requestPasswordReset({ email });
    const second = await resetToken(userId);
    expect(second).not.toBe(first);
    expect(await errorOf(c.auth.resetPassword({ token: first, password: newPassword }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'TOKEN_INVALID',
    });
    await c.auth.resetPassword({ token: second, password: newPassword });
  });

  it('limits requests per email (5 an hour) and per IP (20 an hour), known address or not', async () => {
    const { email } = await h.signUp();
    const c = await browser();
    for (let i = 0; i < 5; i++) await c.auth.requestPasswordReset({ email });
    const perEmail = await c.auth.requestPasswordReset({ email }).catch((e: unknown) => e);
    expect(await errorOf(Promise.reject(perEmail))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(retryAfterOf(perEmail)).toBeGreaterThan(0);

    const spray = await h.caller({ ip: '10.51.0.1' });
    const answers = await Promise.allSettled(
      Array.from({ length: 25 }, () => spray.auth.requestPasswordReset({ email: uniqueEmail('spray') })),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(20);
  });
});

describe('auth.resetPassword', () => {
  it('sets the password, verifies the email, ends every other session and signs this browser in', async () => {
    const { caller, cookie, userId, email } = await h.signUp({ verified: false });
    const elsewhere = await browser();
    await elsewhere.auth.signIn({ email, password });
    const elsewhereCookie = sessionCookieOf(elsewhere);

    const c = await browser();
    await c.auth.requestPasswordReset({ email });
    const token = await resetToken(userId);
    const result = await c.auth.resetPassword({ token, password: newPassword });
    expect(result.user).toEqual({ id: userId, email, name: 'Test User', emailVerified: true });
    expect(typeof result.orgId).toBe('string');

    for (const old of [cookie, elsewhereCookie]) expect(await (await browser(old)).auth.me()).toBeNull();
    expect(await caller.auth.me()).toBeNull();
    const me = await (await browser(sessionCookieOf(c))).auth.me();
    expect(me?.user).toMatchObject({ id: userId, emailVerified: true });

    expect(await errorOf((await browser()).auth.signIn({ email, password }))).toMatchObject({
      reason: 'INVALID_CREDENTIALS',
    });
    await (await browser()).auth.signIn({ email, password: newPassword });
  });

  it('works once', async () => {
    const { userId, email } = await h.signUp();
    const c = await browser();
    await c.auth.requestPasswordReset({ email });
    const token = await resetToken(userId);
    const outcomes = await Promise.allSettled(
      [newPassword, `${newPassword}-2`].map((p) => c.auth.resetPassword({ token, password: p })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await errorOf(c.auth.resetPassword({ token, password: newPassword }))).toMatchObject({
      reason: 'TOKEN_INVALID',
    });
  });

  it('answers TOKEN_EXPIRED after an hour, and TOKEN_INVALID for an unknown or verify-email token', async () => {
    const { userId, email } = await h.signUp({ verified: false });
    const c = await browser();
    await c.auth.requestPasswordReset({ email });
    const token = await resetToken(userId);
    const verifyToken = await accountLinkToken(h, 'verify_email', userId);
    await expireAccountTokens(h, userId);
    expect(await errorOf(c.auth.resetPassword({ token, password: newPassword }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'TOKEN_EXPIRED',
    });
    for (const other of [verifyToken, randomBytes(32).toString('base64url'), 'short']) {
      expect(await errorOf(c.auth.resetPassword({ token: other, password: newPassword }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'TOKEN_INVALID',
      });
    }
    // Nothing changed: the old password still signs in.
    await (await browser()).auth.signIn({ email, password });
  });

  it('refuses a weak password by its field, and keeps the link usable', async () => {
    const { userId, email } = await h.signUp();
    const c = await browser();
    await c.auth.requestPasswordReset({ email });
    const token = await resetToken(userId);
    const weak = await c.auth.resetPassword({ token, password: 'password123' }).catch((e: unknown) => e);
    expect(await errorOf(Promise.reject(weak))).toMatchObject({ code: 'BAD_REQUEST' });
    expect((weak as { cause?: { details?: { field?: string } } }).cause?.details?.field).toBe('password');
    expect(await errorOf(c.auth.resetPassword({ token, password: 'short' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    await c.auth.resetPassword({ token, password: newPassword });
  });
});
