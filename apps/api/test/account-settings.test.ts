import { randomBytes } from 'node:crypto';
import { EmailDelivery, User, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountLinkToken } from './account-fixtures.js';
import { dispatchPendingEvents } from './events-fixtures.js';
import { createHarness, errorOf, password, uniqueEmail, type Caller, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const newPassword = 'quartz-heron-42-meadow';
const randomIp = () => `10.70.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

/** The field a failed call blames (the DomainError's `details.field`). */
async function fieldOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { cause?: { details?: { field?: string } } },
  );
  return error?.cause?.details?.field;
}

async function signInElsewhere(email: string, secret = password): Promise<Caller> {
  const ip = randomIp();
  const browser = await h.caller({ ip });
  await browser.auth.signIn({ email, password: secret });
  return h.caller({ cookie: browser.cookies.at(-1)!.split(';')[0]!, ip });
}

describe('account.get and account.rename', () => {
  it('renames the account; a blank name fails on its field', async () => {
    const { caller, email } = await h.signUp({ name: 'Old Name' });
    expect(await caller.account.get()).toMatchObject({
      user: { email, name: 'Old Name' },
      pendingEmail: null,
    });
    expect(await caller.account.rename({ name: '  Grace Hopper ' })).toMatchObject({ name: 'Grace Hopper' });
    expect((await caller.auth.me())?.user.name).toBe('Grace Hopper');
    const blank = await errorOf(caller.account.rename({ name: '   ' }));
    expect(blank).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await errorOf((await h.caller()).account.get())).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('account.changePassword', () => {
  it('needs the current password, on its field', async () => {
    const { caller } = await h.signUp();
    const wrong = caller.account.changePassword({ currentPassword: 'not-it', password: newPassword });
    expect(await errorOf(wrong)).toMatchObject({ code: 'UNAUTHORIZED', reason: 'INVALID_CREDENTIALS' });
    expect(
      await fieldOf(caller.account.changePassword({ currentPassword: 'x', password: newPassword })),
    ).toBe('currentPassword');
  });

  it("keeps sign-up's strength rules, on the new password's field", async () => {
    const { caller } = await h.signUp();
    const weak = caller.account.changePassword({ currentPassword: password, password: 'password1' });
    expect(await errorOf(weak)).toMatchObject({ code: 'BAD_REQUEST', reason: 'COMMON_PASSWORD' });
    expect(
      await fieldOf(caller.account.changePassword({ currentPassword: password, password: 'abcdefgh' })),
    ).toBe('password');
  });

  it('signs out every other session, keeps this one, and the new password is the one that works', async () => {
    const { caller, email } = await h.signUp();
    const other = await signInElsewhere(email);
    const result = await caller.account.changePassword({ currentPassword: password, password: newPassword });
    expect(result).toEqual({ endedSessions: 1 });
    expect(await other.auth.me()).toBeNull();
    expect((await caller.auth.me())?.user.email).toBe(email);
    expect(await errorOf(signInElsewhere(email))).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    expect(await (await signInElsewhere(email, newPassword)).auth.me()).not.toBeNull();
  });

  it('counts wrong current passwords as sign-in attempts', async () => {
    const { cookie } = await h.signUp();
    const caller = await h.caller({ cookie, ip: '10.71.0.1' });
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const attempt = caller.account.changePassword({ currentPassword: `wrong-${i}`, password: newPassword });
      reasons.push((await errorOf(attempt)).reason);
    }
    expect(reasons.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(reasons[5]).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('account.changeEmail and account.confirmEmailChange', () => {
  it('mails a link to the new address; the email changes only when it is used, and the old one is told', async () => {
    const { caller, userId, email } = await h.signUp();
    const next = uniqueEmail('moved');
    expect(await caller.account.changeEmail({ email: next, currentPassword: password })).toEqual({
      email: next,
    });
    expect(await caller.account.get()).toMatchObject({ user: { email }, pendingEmail: next });

    const token = await accountLinkToken(h, 'change_email', userId);
    const em = forkEm(h.db.orm);
    const link = await em.findOneOrFail(EmailDelivery, { template: 'confirm-email-change', recipient: next });
    expect(link.key).toMatch(/^confirm-email-change:/);

    const elsewhere = await h.caller({ ip: randomIp() });
    expect(await elsewhere.account.confirmEmailChange({ token })).toEqual({ email: next });
    expect((await caller.auth.me())?.user).toMatchObject({ email: next, emailVerified: true });
    expect(await caller.account.get()).toMatchObject({ pendingEmail: null });
    await dispatchPendingEvents(h);
    const notice = await forkEm(h.db.orm).findOneOrFail(EmailDelivery, {
      template: 'email-changed',
      recipient: email,
    });
    expect(notice.key).toBe(`email-changed:${link.key.split(':')[1]}`);

    const again = await errorOf(elsewhere.account.confirmEmailChange({ token }));
    expect(again).toMatchObject({ code: 'NOT_FOUND', reason: 'TOKEN_INVALID' });
    expect(await (await signInElsewhere(next)).auth.me()).not.toBeNull();
    expect(await errorOf(signInElsewhere(email))).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
  });

  it('needs the current password, and refuses its own or a taken address as sign-up does', async () => {
    const { caller, email } = await h.signUp();
    const other = await h.signUp();
    const wrong = caller.account.changeEmail({ email: uniqueEmail(), currentPassword: 'nope' });
    expect(await errorOf(wrong)).toMatchObject({ code: 'UNAUTHORIZED', reason: 'INVALID_CREDENTIALS' });
    expect(await fieldOf(caller.account.changeEmail({ email: uniqueEmail(), currentPassword: 'no' }))).toBe(
      'currentPassword',
    );
    const taken = caller.account.changeEmail({ email: other.email, currentPassword: password });
    expect(await errorOf(taken)).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
      message: 'An account with this email already exists.',
    });
    expect(await fieldOf(caller.account.changeEmail({ email: other.email, currentPassword: password }))).toBe(
      'email',
    );
    const same = caller.account.changeEmail({ email, currentPassword: password });
    expect(await errorOf(same)).toMatchObject({ code: 'BAD_REQUEST' });
    const invalid = caller.account.changeEmail({ email: 'not-an-email', currentPassword: password });
    expect(await errorOf(invalid)).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('mails at most five links an hour to one new address', async () => {
    const { caller } = await h.signUp();
    const next = uniqueEmail('popular');
    const reasons: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const request = caller.account.changeEmail({ email: next, currentPassword: password });
      reasons.push(
        await request.then(
          () => 'sent',
          async (e: unknown) => (await errorOf(Promise.reject(e))).reason,
        ),
      );
    }
    expect(reasons).toEqual([...Array(5).fill('sent'), 'TOO_MANY_ATTEMPTS']);
  });

  it('a newer request replaces the last link; a link for an address taken since is refused', async () => {
    const { caller, userId, email } = await h.signUp();
    const first = uniqueEmail('first');
    await caller.account.changeEmail({ email: first, currentPassword: password });
    const firstToken = await accountLinkToken(h, 'change_email', userId);
    const second = uniqueEmail('second');
    await caller.account.changeEmail({ email: second, currentPassword: password });
    const secondToken = await accountLinkToken(h, 'change_email', userId);
    const anonymous = await h.caller({ ip: randomIp() });
    expect(await errorOf(anonymous.account.confirmEmailChange({ token: firstToken }))).toMatchObject({
      reason: 'TOKEN_INVALID',
    });
    await h.signUp({ email: second });
    expect(await errorOf(anonymous.account.confirmEmailChange({ token: secondToken }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
    });
    expect((await forkEm(h.db.orm).findOneOrFail(User, userId)).email).toBe(email);
  });
});
