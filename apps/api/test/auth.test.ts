import { Session, User } from '@roster/db';
import { hashSessionId } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrigin, createHarness, errorOf, password, uniqueEmail, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

describe('auth.signUp', () => {
  it('creates the user, an organization named after the company, and a session', async () => {
    const anonymous = await h.caller({ ip: '10.1.0.1' });
    const email = uniqueEmail('Jane');
    const result = await anonymous.auth.signUp({
      email: `  ${email.toUpperCase()} `,
      password,
      name: 'Jane',
      companyName: 'Jane & Co',
    });
    expect(result.user.email).toBe(email.toLowerCase());
    const cookie = anonymous.cookies.at(-1)!;
    expect(cookie).toMatch(/^roster_session=[a-z0-9]{40};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const me = await (await h.caller({ cookie: cookie.split(';')[0] })).auth.me();
    expect(me?.orgs).toEqual([
      { id: result.orgId, name: 'Jane & Co', role: 'owner', plan: 'free', seats: { used: 1, limit: 5 } },
    ]);
    expect(me?.lastOrgId).toBe(result.orgId);
  });

  it('names the organization "Untitled Organization" when the company is blank', async () => {
    const { caller } = await h.signUp({ companyName: '   ' });
    expect((await caller.org.list())[0]?.name).toBe('Untitled Organization');
  });

  it('stores only the hash of the session id and an argon2id password hash', async () => {
    const { cookie, userId } = await h.signUp();
    const sessionId = cookie.split('=')[1]!;
    const em = h.db.orm.em.fork();
    const session = await em.findOneOrFail(Session, { user: userId });
    expect(session.id).toBe(hashSessionId(sessionId));
    expect(session.id).not.toContain(sessionId);
    const user = await em.findOneOrFail(User, userId, { populate: ['passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    const { email } = await h.signUp();
    const anonymous = await h.caller({ ip: '10.1.0.2' });
    const error = await errorOf(anonymous.auth.signUp({ email: email.toUpperCase(), password, name: 'X' }));
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
  });

  it('refuses common, guessable, short and overlong passwords, and control characters', async () => {
    const anonymous = await h.caller({ ip: '10.1.0.3' });
    const signUp = (pw: string, name = 'X') =>
      errorOf(anonymous.auth.signUp({ email: uniqueEmail('jo'), password: pw, name }));
    expect(await signUp('password123')).toMatchObject({ code: 'BAD_REQUEST', reason: 'COMMON_PASSWORD' });
    for (const weak of ['aaaaaaaa', ' '.repeat(8), '\0'.repeat(8), 'Jo Marchetti 1']) {
      expect(await signUp(weak, 'Jo Marchetti'), JSON.stringify(weak)).toMatchObject({
        code: 'BAD_REQUEST',
        reason: 'WEAK_PASSWORD',
      });
    }
    expect((await signUp(`${password}\n`)).message).toMatch(/control characters/);
    expect(await signUp('short')).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await signUp('x'.repeat(257))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('makes exactly one account when the same email signs up twice at once', async () => {
    const email = uniqueEmail('race');
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, async (_, i) =>
        (await h.caller({ ip: `10.2.0.${i}` })).auth.signUp({ email, password, name: 'Racer' }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    expect(await h.db.orm.em.fork().count(User, { email })).toBe(1);
  });
});

describe('auth.signIn', () => {
  it('signs in with the right password and lands on the last used organization', async () => {
    const { caller, email } = await h.signUp();
    const second = await caller.org.create({ name: 'Second' });
    await caller.org.open({ orgId: second.id });
    const anonymous = await h.caller({ ip: '10.3.0.1' });
    const result = await anonymous.auth.signIn({ email: email.toUpperCase(), password });
    expect(result.orgId).toBe(second.id);
    expect(anonymous.cookies.at(-1)).toMatch(/^roster_session=/);
  });

  it('answers the same for an unknown email and a wrong password', async () => {
    const { email } = await h.signUp();
    const anonymous = await h.caller({ ip: '10.3.0.2' });
    const wrongPassword = await errorOf(anonymous.auth.signIn({ email, password: 'not-the-password' }));
    const unknownEmail = await errorOf(
      anonymous.auth.signIn({ email: uniqueEmail('nobody'), password: 'not-the-password' }),
    );
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword).toMatchObject({ code: 'UNAUTHORIZED', reason: 'INVALID_CREDENTIALS' });
  });

  it('blocks an IP after 30 failures across emails', async () => {
    const ip = '10.5.0.1';
    const c = await h.caller({ ip });
    for (let i = 0; i < 30; i++)
      await errorOf(c.auth.signIn({ email: uniqueEmail('spray'), password: 'wrong-password' }));
    const { email } = await h.signUp();
    expect(await errorOf(c.auth.signIn({ email, password }))).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});

describe('sessions', () => {
  it('signOut invalidates the session on the server', async () => {
    const { caller, cookie } = await h.signUp();
    await caller.auth.signOut();
    expect(caller.cookies.at(-1)).toMatch(/^roster_session=;/);
    const after = await h.caller({ cookie });
    expect(await after.auth.me()).toBeNull();
    expect(await errorOf(after.org.list())).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('signOutEverywhere ends every session of the user', async () => {
    const { caller, cookie, email } = await h.signUp();
    const other = await h.caller({ ip: '10.6.0.1' });
    await other.auth.signIn({ email, password });
    const otherCookie = other.cookies.at(-1)!.split(';')[0]!;
    await caller.auth.signOutEverywhere();
    for (const c of [cookie, otherCookie]) expect(await (await h.caller({ cookie: c })).auth.me()).toBeNull();
  });

  it('ends a session at its absolute lifetime even while it is being used', async () => {
    const { cookie, userId } = await h.signUp();
    const em = h.db.orm.em.fork();
    const session = await em.findOneOrFail(Session, { user: userId });
    session.absoluteExpiresAt = new Date(Date.now() - 1000);
    await em.flush();
    expect(await (await h.caller({ cookie })).auth.me()).toBeNull();
  });

  it('slides the idle expiry forward but never past the absolute lifetime', async () => {
    const { cookie, userId } = await h.signUp();
    const em = h.db.orm.em.fork();
    const session = await em.findOneOrFail(Session, { user: userId });
    const absolute = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    session.expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
    session.absoluteExpiresAt = absolute;
    await em.flush();
    const c = await h.caller({ cookie });
    expect(await c.auth.me()).not.toBeNull();
    expect(c.cookies.at(-1)).toMatch(/^roster_session=/);
    const refreshed = await h.db.orm.em.fork().findOneOrFail(Session, { user: userId });
    expect(refreshed.expiresAt.getTime()).toBe(absolute.getTime());
  });

  it('uses the first valid of several session cookies', async () => {
    const { cookie } = await h.signUp();
    const forged = 'roster_session=abcdefghijklmnopqrstuvwxyz0123456789abcd';
    for (const header of [
      `${forged}; ${cookie}`,
      `${cookie}; ${forged}`,
      `other=1; ${forged}; x=%; ${cookie}`,
    ]) {
      const c = await h.caller({ cookie: header });
      expect(await c.auth.me(), header).not.toBeNull();
      expect(c.cookies.filter((set) => set.startsWith('roster_session=;'))).toEqual([]);
    }
  });

  it('answers UNAUTHORIZED to a forged cookie', async () => {
    const c = await h.caller({ cookie: 'roster_session=abcdefghijklmnopqrstuvwxyz0123456789abcd' });
    expect(await errorOf(c.org.list())).toMatchObject({ code: 'UNAUTHORIZED', reason: 'UNAUTHENTICATED' });
  });
});

describe('CSRF', () => {
  it('refuses a mutation whose Origin is not the app', async () => {
    const { cookie } = await h.signUp();
    const evil = await h.caller({ cookie, origin: 'https://evil.example' });
    expect(await errorOf(evil.org.create({ name: 'Evil' }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CSRF_ORIGIN_MISMATCH',
    });
    const ours = await h.caller({ cookie, origin: appOrigin });
    await expect(ours.org.create({ name: 'Ours' })).resolves.toMatchObject({ name: 'Ours' });
  });
});
