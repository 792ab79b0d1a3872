import { createHash, randomBytes } from 'node:crypto';
import { AccountToken, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLinkToken, ageAccountTokens, expireAccountTokens, retryAfterOf } from './account-fixtures.js';
import { createHarness, errorOf, password, uniqueEmail, type Harness } from './harness.js';
import { invite } from './invitation-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const verifyToken = (userId: string) => accountLinkToken(h, 'verify_email', userId);
const anonymous = () => h.caller({ ip: `10.40.${randomBytes(1)[0]}.${randomBytes(1)[0]}` });

describe('auth.signUp and auth.verifyEmail', () => {
  it('starts unverified, owes a one-day link stored only as its hash, and the link verifies once', async () => {
    const { caller, userId, email } = await h.signUp({ verified: false });
    expect((await caller.auth.me())?.user).toMatchObject({ email, emailVerified: false });

    const token = await verifyToken(userId);
    const row = await forkEm(h.db.orm).findOneOrFail(AccountToken, { user: userId });
    expect(row).toMatchObject({ purpose: 'verify_email', email, usedAt: null });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const lifetime = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(Math.abs(lifetime - 24 * 3_600_000)).toBeLessThan(60_000);

    // Opened anywhere, without a session.
    expect(await (await anonymous()).auth.verifyEmail({ token })).toEqual({ email });
    expect((await caller.auth.me())?.user.emailVerified).toBe(true);
    const again = await errorOf((await anonymous()).auth.verifyEmail({ token }));
    expect(again).toMatchObject({ code: 'NOT_FOUND', reason: 'TOKEN_INVALID' });
  });

  it('answers TOKEN_EXPIRED for a link past its day, and leaves the email unverified', async () => {
    const { caller, userId } = await h.signUp({ verified: false });
    const token = await verifyToken(userId);
    await expireAccountTokens(h, userId);
    const error = await errorOf((await anonymous()).auth.verifyEmail({ token }));
    expect(error).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'TOKEN_EXPIRED' });
    expect((await caller.auth.me())?.user.emailVerified).toBe(false);
  });

  it('answers TOKEN_INVALID for an unknown, malformed or reset-password token', async () => {
    const c = await anonymous();
    for (const token of [
      randomBytes(32).toString('base64url'),
      'abc',
      'x'.repeat(200),
      '\u0000'.repeat(43),
    ]) {
      expect(await errorOf(c.auth.verifyEmail({ token }))).toMatchObject({ reason: 'TOKEN_INVALID' });
    }
    const { userId, email } = await h.signUp();
    await c.auth.requestPasswordReset({ email });
    const resetToken = await accountLinkToken(h, 'reset_password', userId);
    expect(await errorOf(c.auth.verifyEmail({ token: resetToken }))).toMatchObject({
      reason: 'TOKEN_INVALID',
    });
  });

  it('signing up through an invitation link verifies the email and owes no confirmation email', async () => {
    const owner = await h.signUp();
    const email = uniqueEmail('invitee');
    const { token } = await invite(h, owner.caller, owner.orgId, email);
    const c = await anonymous();
    const result = await c.auth.signUp({ email, password, name: 'Invitee', inviteToken: token });
    expect(result.user.emailVerified).toBe(true);
    expect(await forkEm(h.db.orm).count(AccountToken, { user: result.user.id })).toBe(0);
  });

  it('signing in through an invitation link for the same email verifies it', async () => {
    const owner = await h.signUp();
    const invitee = await h.signUp({ verified: false });
    const { token } = await invite(h, owner.caller, owner.orgId, invitee.email);
    const c = await anonymous();
    const result = await c.auth.signIn({ email: invitee.email, password, inviteToken: token });
    expect(result).toMatchObject({ orgId: owner.orgId, user: { emailVerified: true } });
    expect((await invitee.caller.auth.me())?.user.emailVerified).toBe(true);
  });
});

describe('invitations wait for a verified address', () => {
  it('shows the invitations sent before sign-up only once the email is verified, in the list and the bell', async () => {
    const owner = await h.signUp();
    const email = uniqueEmail('later');
    const { invitationId } = await invite(h, owner.caller, owner.orgId, email);
    const { caller, userId } = await h.signUp({ email, verified: false });
    expect(await caller.invitation.mine()).toEqual([]);
    expect((await caller.notification.list()).filter((n) => n.actionable)).toEqual([]);

    await h.verifyEmail(userId);
    expect((await caller.invitation.mine()).map((i) => i.id)).toEqual([invitationId]);
    const bell = await caller.notification.list();
    expect(bell.filter((n) => n.actionable).map((n) => n.data.invitationId)).toEqual([invitationId]);
  });

  it('an invitation sent to an unverified account notifies it only after verification', async () => {
    const owner = await h.signUp();
    const { caller, userId, email } = await h.signUp({ verified: false });
    const { invitationId } = await invite(h, owner.caller, owner.orgId, email);
    expect(await caller.notification.list()).toEqual([]);
    await h.verifyEmail(userId);
    expect((await caller.notification.list()).map((n) => n.data.invitationId)).toEqual([invitationId]);
  });

  it('an unverified inviter cannot invite or resend; once verified they can', async () => {
    const { caller, userId, orgId } = await h.signUp({ verified: false });
    const create = () => caller.invitation.create({ orgId, emails: uniqueEmail('x'), role: 'member' });
    const refused = await errorOf(create());
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    expect(refused.message).toBe('Confirm your email address before inviting people.');

    await h.verifyEmail(userId);
    const { results } = await create();
    const invitationId = results[0]!.invitationId!;
    await forkEm(h.db.orm).nativeUpdate(User, { id: userId }, { emailVerifiedAt: null });
    expect(await errorOf(caller.invitation.resend({ orgId, invitationId }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EMAIL_NOT_VERIFIED',
    });
  });
});

describe('auth.resendVerification', () => {
  it('sends another link after the cooldown; sign-up counts as the first email', async () => {
    const { caller, userId, email } = await h.signUp({ verified: false });
    const first = await verifyToken(userId);
    const early = await caller.auth.resendVerification().catch((e: unknown) => e);
    expect(await errorOf(Promise.reject(early))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'TOO_MANY_ATTEMPTS',
    });
    expect(retryAfterOf(early)).toBeGreaterThan(0);
    expect(retryAfterOf(early)).toBeLessThanOrEqual(60);

    await ageAccountTokens(h, userId, 61_000);
    expect(await caller.auth.resendVerification()).toEqual({ email });
    const rows = await forkEm(h.db.orm).find(AccountToken, { user: userId, purpose: 'verify_email' });
    expect(rows).toHaveLength(2);
    expect(await verifyToken(userId)).not.toBe(first);
    // The earlier link keeps working until it expires.
    expect(await (await anonymous()).auth.verifyEmail({ token: first })).toEqual({ email });
  });

  it('sends at most five an hour', async () => {
    const { caller, userId } = await h.signUp({ verified: false });
    for (let i = 0; i < 4; i++) {
      await ageAccountTokens(h, userId, 61_000);
      await caller.auth.resendVerification();
    }
    await ageAccountTokens(h, userId, 61_000);
    const error = await caller.auth.resendVerification().catch((e: unknown) => e);
    expect(await errorOf(Promise.reject(error))).toMatchObject({ reason: 'TOO_MANY_ATTEMPTS' });
    expect(retryAfterOf(error)).toBeGreaterThan(60);
  });

  it('sends one email when asked many times at once', async () => {
    const { caller, userId } = await h.signUp({ verified: false });
    await ageAccountTokens(h, userId, 61_000);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => caller.auth.resendVerification()),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await forkEm(h.db.orm).count(AccountToken, { user: userId })).toBe(2);
  });

  it('refuses a verified email, and needs a session', async () => {
    const { caller } = await h.signUp();
    expect(await errorOf(caller.auth.resendVerification())).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'EMAIL_ALREADY_VERIFIED',
    });
    expect(await errorOf((await anonymous()).auth.resendVerification())).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
