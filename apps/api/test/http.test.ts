import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import type { Timeouts } from '../src/timeouts.js';
import type { TrustProxy } from '../src/trust-proxy.js';
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

describe('security headers', () => {
  it('send a CSP for the web app, no framing, no sniffing and no Referer', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('add HSTS when the app is served over https', async () => {
    const secure = await buildServer({ ...h.deps, appOrigin: 'https://roster.example.com' });
    const res = await secure.inject({ method: 'GET', url: '/health' });
    await secure.close();
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});

describe('TRUST_PROXY', () => {
  /** The address the server takes as the client's (the per-IP limits' key), for this request. */
  async function clientIp(trustProxy: TrustProxy, forwardedFor: string, remoteAddress = '10.0.0.2') {
    const server = await buildServer(h.deps, { trustProxy });
    server.get('/client-ip', (req) => ({ ip: req.ip }));
    const res = await server.inject({
      method: 'GET',
      url: '/client-ip',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor },
    });
    await server.close();
    return res.json().ip as string;
  }

  it('ignores X-Forwarded-For unless told to trust a proxy', async () => {
    expect(await clientIp(false, '6.6.6.6')).toBe('10.0.0.2');
  });

  it('with a hop count, takes the address the nearest proxy saw, not one the client wrote', async () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    expect(await clientIp(1, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(await clientIp(1, '6.6.6.6, 7.7.7.7, 203.0.113.7')).toBe('203.0.113.7');
    expect(await clientIp(2, '6.6.6.6, 203.0.113.7, 10.0.0.3')).toBe('203.0.113.7');
  });

  it('with addresses, takes the right-most address that is not a trusted proxy', async () => {
    const proxies = ['10.0.0.0/8', '192.168.1.1'];
    expect(await clientIp(proxies, '6.6.6.6, 203.0.113.7, 10.0.0.3')).toBe('203.0.113.7');
    expect(await clientIp(proxies, '6.6.6.6, 203.0.113.7, 192.168.1.1', '10.9.9.9')).toBe('203.0.113.7');
    // A request that did not come through a trusted proxy is taken at its own address.
    expect(await clientIp(proxies, '6.6.6.6', '198.51.100.4')).toBe('198.51.100.4');
  });
});

describe('timeouts', () => {
  const short: Timeouts = { headers: 300, request: 600, idle: 10_000, keepAlive: 5_000, checkInterval: 100 };

  /** Sends `head` on a raw connection and never finishes it: what the server answers before closing. */
  async function stall(head: string): Promise<string> {
    const server = await buildServer(h.deps, { timeouts: short });
    await server.listen({ port: 0, host: '127.0.0.1' });
    try {
      const socket = connect((server.server.address() as AddressInfo).port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
      socket.write(head);
      // Resolves only when the server closes the connection (the test's timeout bounds the wait).
      await new Promise((resolve) => socket.on('close', resolve));
      return answer;
    } finally {
      await server.close();
    }
  }

  it('close a connection whose body never finishes arriving, with a tRPC-shaped 408', async () => {
    const answer = await stall(
      'POST /trpc/org.create HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"name":',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!).error.data).toMatchObject({
      code: 'TIMEOUT',
      httpStatus: 408,
    });
  });

  it('close a connection whose headers never finish arriving', async () => {
    expect(await stall('GET /health HTTP/1.1\r\nHost: x\r\n')).toMatch(/^HTTP\/1\.1 408 /);
  });
});
