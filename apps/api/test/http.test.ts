import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, password, uniqueEmail, type Harness } from './harness.js';

let h: Harness;
let app: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  h = await createHarness();
  app = await buildServer(h.deps);
});
afterAll(async () => {
  await app.close();
  await h.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    payload: body as object,
    headers: { origin: appOrigin, ...headers },
  });
const get = (path: string, input: unknown, cookie?: string) =>
  app.inject({
    method: 'GET',
    url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    headers: cookie ? { cookie } : {},
  });

describe('over HTTP', () => {
  it('signs up with a cookie and answers plain JSON (no transformer)', async () => {
    const email = uniqueEmail();
    const res = await post(
      'auth.signUp',
      { email, password, name: 'Http', companyName: 'Wire Co' },
      { 'x-forwarded-for': '10.9.0.1' },
    );
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const { orgId } = res.json().result.data;
    const org = await get('org.get', { orgId }, cookie);
    expect(org.statusCode).toBe(200);
    expect(org.json().result.data).toMatchObject({
      id: orgId,
      name: 'Wire Co',
      role: 'owner',
      seats: { used: 1, limit: 5 },
    });
  });

  it('answers BAD_REQUEST with a message for each field', async () => {
    const res = await post('auth.signUp', { email: 'nope', password: 'short', name: '' });
    expect(res.statusCode).toBe(400);
    const { data } = res.json().error;
    expect(data).toMatchObject({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT' });
    expect(data.fieldErrors).toEqual({
      email: 'Enter a valid email address.',
      password: 'Use at least 8 characters.',
      name: 'Enter your name.',
    });
  });

  it('puts the reason and the field of a domain error in data', async () => {
    const email = uniqueEmail();
    await post('auth.signUp', { email, password, name: 'First' });
    const res = await post('auth.signUp', { email, password, name: 'Second' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      message: 'An account with this email already exists. Sign in instead.',
      data: { code: 'CONFLICT', reason: 'EMAIL_TAKEN', fieldErrors: { email: expect.any(String) } },
    });
  });

  it('answers 401, 404 and 403 with their reasons', async () => {
    expect((await get('org.list', undefined)).statusCode).toBe(401);
    const email = uniqueEmail();
    const signUp = await post('auth.signUp', { email, password, name: 'X' });
    const cookie = String(signUp.headers['set-cookie']).split(';')[0]!;
    const missing = await get('org.get', { orgId: crypto.randomUUID() }, cookie);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.data.reason).toBe('ORG_NOT_FOUND');
    const forged = await post('org.create', { name: 'x' }, { cookie, origin: 'https://evil.example' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.data.reason).toBe('CSRF_ORIGIN_MISMATCH');
    const crossSite = await app.inject({
      method: 'POST',
      url: '/trpc/org.create',
      payload: { name: 'x' },
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('answers 429 with the seconds to wait', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < 5; i++) await post('auth.signIn', { email, password: 'wrong-password' });
    const res = await post('auth.signIn', { email, password: 'wrong-password' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.data).toMatchObject({
      reason: 'TOO_MANY_ATTEMPTS',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('reports health', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.json()).toEqual({ ok: true });
  });
});
