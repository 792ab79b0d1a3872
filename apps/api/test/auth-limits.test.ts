import { defaultAttemptLimits } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, errorOf, password, uniqueEmail, type Harness } from './harness.js';

// The defaults, but 12 attempts per email across IPs instead of 100, so a test can reach it.
const limits = { ...defaultAttemptLimits, perEmail: 12 };

let h: Harness;
let app: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  h = await createHarness({ limits });
  app = await buildServer(h.deps);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

/** What a sign-in attempt came to: 'signed in' or the reason it was refused. */
async function signInOutcome(options: { ip: string; cookie?: string }, email: string, pw: string) {
  const c = await h.caller(options);
  try {
    await c.auth.signIn({ email, password: pw });
    return { outcome: 'signed in', cookies: c.cookies };
  } catch (error) {
    return { outcome: (error as { cause?: { reason?: string } }).cause?.reason, cookies: c.cookies };
  }
}
const outcomeOf = async (...args: Parameters<typeof signInOutcome>) => (await signInOutcome(...args)).outcome;

/** The roster_device cookie a successful sign-in set, as a Cookie header. */
async function deviceCookieFor(email: string, ip: string): Promise<string> {
  const { outcome, cookies } = await signInOutcome({ ip }, email, password);
  expect(outcome).toBe('signed in');
  const device = cookies.find((c) => c.startsWith('roster_device='))!;
  expect(device).toMatch(/; HttpOnly; SameSite=Lax$/);
  return device.split(';')[0]!;
}

const batchOf = (n: number, input: (i: number) => unknown, ip: string) =>
  app.inject({
    method: 'POST',
    url: `/trpc/${Array.from({ length: n }, () => 'auth.signIn').join(',')}?batch=1`,
    payload: Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), input(i)])),
    headers: { origin: appOrigin },
    remoteAddress: ip,
  });

describe('sign-in attempts are counted before the password is checked', () => {
  it('checks at most 5 of 200 parallel attempts on one email from one IP; the right one last is refused', async () => {
    const { email } = await h.signUp();
    const ip = '10.20.0.1';
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcomeOf({ ip }, email, i === 199 ? password : `wrong-${i}-pw`)),
    );
    const checked = outcomes.filter((o) => o !== 'TOO_MANY_ATTEMPTS');
    expect(checked.length).toBeLessThanOrEqual(limits.perEmailIp);
    expect(checked.every((o) => o === 'INVALID_CREDENTIALS')).toBe(true);
    expect(outcomes[199]).toBe('TOO_MANY_ATTEMPTS');
  });

  it('checks at most 30 of 200 parallel attempts on different emails from one IP', async () => {
    const ip = '10.20.0.2';
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, () => outcomeOf({ ip }, uniqueEmail('spray'), 'wrong-password')),
    );
    expect(outcomes.filter((o) => o !== 'TOO_MANY_ATTEMPTS').length).toBeLessThanOrEqual(limits.perIp);
  });

  it('refuses a batch of 300 calls as a whole, checking none of them', async () => {
    const { email } = await h.signUp();
    const ip = '10.20.0.3';
    const res = await batchOf(300, () => ({ email, password: 'wrong-password' }), ip);
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toMatch(/"code":"BAD_REQUEST"/);
    // Nothing was counted: the right password from the same IP still signs in.
    expect(await outcomeOf({ ip }, email, password)).toBe('signed in');
  });

  it('counts each call of a full batch: at most 5 checked, the rest TOO_MANY_ATTEMPTS', async () => {
    const { email } = await h.signUp();
    const res = await batchOf(
      20,
      (i) => ({ email, password: i === 19 ? password : `wrong-${i}-pw` }),
      '10.20.0.4',
    );
    const reasons = (res.json() as { error?: { data: { reason: string } } }[]).map(
      (r) => r.error?.data.reason ?? 'signed in',
    );
    expect(reasons).toHaveLength(20);
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(5);
    expect(reasons.filter((r) => r !== 'INVALID_CREDENTIALS').every((r) => r === 'TOO_MANY_ATTEMPTS')).toBe(
      true,
    );
  });
});

describe('a stranger cannot lock the real user out', () => {
  it('5 wrong passwords lock out that IP only, with the time to wait', async () => {
    const { email } = await h.signUp();
    for (let i = 0; i < 5; i++)
      expect(await outcomeOf({ ip: '10.21.0.1' }, email, 'wrong-password')).toBe('INVALID_CREDENTIALS');
    const blocked = await errorOf((await h.caller({ ip: '10.21.0.1' })).auth.signIn({ email, password }));
    expect(blocked).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.message).toBe('Too many attempts. Try again in 15 minutes.');
    expect(await outcomeOf({ ip: '10.21.0.2' }, email, password)).toBe('signed in');
  });

  it('a right password wipes that IP’s failures for the email', async () => {
    const { email } = await h.signUp();
    const ip = '10.21.1.1';
    for (let i = 0; i < 4; i++) await outcomeOf({ ip }, email, 'wrong-password');
    expect(await outcomeOf({ ip }, email, password)).toBe('signed in');
    for (let i = 0; i < 4; i++)
      expect(await outcomeOf({ ip }, email, 'wrong-password')).toBe('INVALID_CREDENTIALS');
    expect(await outcomeOf({ ip }, email, password)).toBe('signed in');
  });

  it('failures from many IPs lock the email out, except on devices that signed in before', async () => {
    const { email } = await h.signUp();
    const device = await deviceCookieFor(email, '10.22.0.1');
    for (let i = 0; i < limits.perEmail; i++)
      await outcomeOf({ ip: `10.22.1.${i}` }, email, 'wrong-password');
    expect(await outcomeOf({ ip: '10.22.2.1' }, email, password)).toBe('TOO_MANY_ATTEMPTS');
    // The person's own browser, from anywhere.
    expect(await outcomeOf({ ip: '10.22.2.2', cookie: device }, email, password)).toBe('signed in');
    // Its cookie is worth nothing for another email, nor once altered.
    const other = await h.signUp();
    for (let i = 0; i < limits.perEmail; i++)
      await outcomeOf({ ip: `10.22.3.${i}` }, other.email, 'wrong-password');
    expect(await outcomeOf({ ip: '10.22.2.2', cookie: device }, other.email, password)).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    const altered = device.replace(/\.(.)/, (_, c: string) => `.${c === 'a' ? 'b' : 'a'}`);
    expect(await outcomeOf({ ip: '10.22.2.3', cookie: altered }, email, password)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a trusted device has its own count of 5, and a second roster_device cookie is tried too', async () => {
    const { email } = await h.signUp();
    const device = await deviceCookieFor(email, '10.23.0.1');
    const cookie = `roster_device=someone-elses.k1.${'x'.repeat(43)}; ${device}`;
    for (let i = 0; i < 5; i++)
      expect(await outcomeOf({ ip: `10.23.1.${i}`, cookie }, email, 'wrong-password')).toBe(
        'INVALID_CREDENTIALS',
      );
    expect(await outcomeOf({ ip: '10.23.2.1', cookie }, email, password)).toBe('TOO_MANY_ATTEMPTS');
    // The same browser without its cookie is a stranger, counted per IP and email.
    expect(await outcomeOf({ ip: '10.23.2.1' }, email, password)).toBe('signed in');
  });
});

describe('password rule over HTTP', () => {
  it('puts WEAK_PASSWORD on the password field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signUp',
      payload: { email: uniqueEmail(), password: 'aaaaaaaa', name: 'Weak' },
      headers: { origin: appOrigin },
      remoteAddress: '10.24.0.1',
    });
    expect(res.statusCode).toBe(400);
    const { message, data } = res.json().error;
    expect(data).toMatchObject({ code: 'BAD_REQUEST', reason: 'WEAK_PASSWORD' });
    expect(data.fieldErrors).toEqual({ password: message });
    expect(message).toMatch(/^This password is too easy to guess\. /);
  });
});
