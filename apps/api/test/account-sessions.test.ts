import { randomBytes } from 'node:crypto';
import { Session, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorOf, password, type Caller, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const randomIp = () => `10.60.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

/** Signs `email` in again from another browser: a caller holding that new session. */
async function signInElsewhere(
  email: string,
  options: { userAgent?: string; ip?: string } = {},
): Promise<Caller> {
  const ip = options.ip ?? randomIp();
  const browser = await h.caller({ ip, ...options });
  await browser.auth.signIn({ email, password });
  const cookie = browser.cookies.at(-1)!.split(';')[0]!;
  return h.caller({ cookie, ip, ...options });
}

describe('account.sessions', () => {
  it('lists each signed-in browser with its device, browser, IP and last use, this one first', async () => {
    const { caller, email } = await h.signUp();
    const phone = await signInElsewhere(email, { userAgent: iphone, ip: '10.61.0.7' });
    const sessions = await caller.account.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ current: true });
    expect(sessions[1]).toMatchObject({
      current: false,
      browser: 'Safari 17',
      os: 'iOS 17',
      device: 'mobile',
      ip: '10.61.0.7',
    });
    expect(Date.parse(sessions[1]!.lastSeenAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await phone.account.sessions()).find((s) => s.current)?.id).toBe(sessions[1]!.id);
  });

  it('needs a session', async () => {
    const anonymous = await h.caller();
    expect(await errorOf(anonymous.account.sessions())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await errorOf(anonymous.account.endOtherSessions())).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('marks a session seen at most once every few minutes, with the IP it was used from', async () => {
    const { cookie, email } = await h.signUp();
    const em = forkEm(h.db.orm);
    const long = new Date(Date.now() - 10 * 60_000);
    await em.nativeUpdate(Session, { user: { email } }, { lastSeenAt: long, ip: '10.62.0.1' });
    await (await h.caller({ cookie, ip: '10.62.0.2' })).auth.me();
    const [seen] = await forkEm(h.db.orm).find(Session, { user: { email } });
    expect(seen!.ip).toBe('10.62.0.2');
    expect(seen!.lastSeenAt!.getTime()).toBeGreaterThan(long.getTime());
    // Used again at once, from elsewhere: not written again.
    await (await h.caller({ cookie, ip: '10.62.0.3' })).auth.me();
    const [again] = await forkEm(h.db.orm).find(Session, { user: { email } });
    expect(again).toMatchObject({ ip: '10.62.0.2', lastSeenAt: seen!.lastSeenAt });
  });
});

describe('account.endSession', () => {
  it('signs out another session of the account, which is then signed out', async () => {
    const { caller, email } = await h.signUp();
    const other = await signInElsewhere(email);
    const target = (await caller.account.sessions()).find((s) => !s.current)!;
    await caller.account.endSession({ sessionId: target.id });
    expect(await other.auth.me()).toBeNull();
    expect(await errorOf(other.account.sessions())).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await caller.account.sessions()).toHaveLength(1);
    const again = await errorOf(caller.account.endSession({ sessionId: target.id }));
    expect(again).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
  });

  it("answers NOT_FOUND for another person's session, which goes on", async () => {
    const alice = await h.signUp();
    const bob = await h.signUp();
    const [bobSession] = await bob.caller.account.sessions();
    const error = await errorOf(alice.caller.account.endSession({ sessionId: bobSession!.id }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', reason: 'SESSION_NOT_FOUND' });
    expect((await bob.caller.auth.me())?.user.email).toBe(bob.email);
  });

  it('refuses to end this session (sign out does that) and a malformed id', async () => {
    const { caller } = await h.signUp();
    const [current] = await caller.account.sessions();
    expect(await errorOf(caller.account.endSession({ sessionId: current!.id }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await errorOf(caller.account.endSession({ sessionId: 'nope' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await caller.auth.me()).not.toBeNull();
  });
});

describe('account.endOtherSessions', () => {
  it('signs out every other session and keeps this one', async () => {
    const { caller, email } = await h.signUp();
    const others = [await signInElsewhere(email), await signInElsewhere(email)];
    expect(await caller.account.endOtherSessions()).toEqual({ endedSessions: 2 });
    for (const other of others) expect(await other.auth.me()).toBeNull();
    expect(await caller.account.sessions()).toMatchObject([{ current: true }]);
  });
});
