// The guard of every key request: requests per minute per key (RateLimit-* headers, 429 RATE_LIMITED
// + Retry-After), the organization's month of API calls and bytes out (429 USAGE_LIMIT_REACHED).
import { usageKeys } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKey,
  expectProblem,
  keyOrg,
  setLimits,
  startKeyApi,
  testClock,
  withKey,
  type KeyOrg,
} from './api-keys-fixtures.js';
import { cookieOf, type Api } from './upload-fixtures.js';

// 10 s into a minute, mid-month: the window ends in 50 s.
const clock = testClock(new Date(Date.UTC(2026, 10, 14, 12, 30, 10)));
let api: Api;
beforeAll(async () => {
  api = await startKeyApi({ clock });
});
afterAll(async () => {
  await api?.close();
});

const itemsOf = (org: KeyOrg) => `/v1/projects/${org.alpha}/items`;
const rateHeaders = (reply: { headers: Record<string, unknown> }) => ({
  limit: reply.headers['ratelimit-limit'],
  remaining: reply.headers['ratelimit-remaining'],
  reset: reply.headers['ratelimit-reset'],
});

/** Sets the organization's month totals in Redis, as the metering of its calls would have. */
async function monthUsage(org: KeyOrg, totals: { c?: number; o?: number }) {
  const month = usageKeys(api.h.prefix).month(org.orgId, clock.now);
  await api.h.deps.redis.del(month);
  await api.h.deps.redis.hset(month, { c: totals.c ?? 0, o: totals.o ?? 0 });
}

describe('requests per minute per key', () => {
  it("the plan's limit: RateLimit headers count down, then 429 RATE_LIMITED with Retry-After to the window's end", async () => {
    const org = await keyOrg(api, 'Free Co', { plan: 'free' });
    const key = await createKey(org, { scopes: ['content:read'] });
    for (let i = 1; i <= 60; i++) {
      const reply = await withKey(api, key.secret, 'GET', itemsOf(org));
      expect(reply.status, reply.text).toBe(200);
      expect(rateHeaders(reply)).toEqual({ limit: '60', remaining: String(60 - i), reset: '50' });
    }
    const refused = await withKey(api, key.secret, 'GET', itemsOf(org));
    expect(expectProblem(refused, 429, 'RATE_LIMITED')).toMatchObject({ retryAfterSeconds: 50 });
    expect(refused.headers['retry-after']).toBe('50');
    expect(rateHeaders(refused)).toEqual({ limit: '60', remaining: '0', reset: '50' });

    // Another key of the organization has a window of its own.
    const second = await createKey(org, { scopes: ['content:read'] });
    expect((await withKey(api, second.secret, 'GET', itemsOf(org))).status).toBe(200);

    // The next minute: allowed again.
    clock.advance(50_000);
    try {
      const next = await withKey(api, key.secret, 'GET', itemsOf(org));
      expect(next.status).toBe(200);
      expect(rateHeaders(next)).toEqual({ limit: '60', remaining: '59', reset: '60' });
    } finally {
      clock.advance(-50_000);
    }
  });

  it("the organization's own limit (an operator's override) applies; unlimited sends no RateLimit headers", async () => {
    const org = await keyOrg(api, 'Small Co', { limits: { requestsPerMinute: 2 } });
    const key = await createKey(org, { scopes: ['content:read'] });
    expect(rateHeaders(await withKey(api, key.secret, 'GET', itemsOf(org)))).toMatchObject({ limit: '2' });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org))).status).toBe(200);
    expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org)), 429, 'RATE_LIMITED');

    const open = await keyOrg(api, 'Open Co', { limits: { requestsPerMinute: null } });
    const openKey = await createKey(open, { scopes: ['content:read'] });
    const reply = await withKey(api, openKey.secret, 'GET', itemsOf(open));
    expect(reply.status).toBe(200);
    expect(rateHeaders(reply)).toEqual({ limit: undefined, remaining: undefined, reset: undefined });
  });

  it('a refused request is not counted as an API call of the month', async () => {
    const org = await keyOrg(api, 'Metered Co', { limits: { requestsPerMinute: 2 } });
    const [key, other] = [
      await createKey(org, { scopes: ['content:read'] }),
      await createKey(org, { scopes: ['content:read'] }),
    ];
    for (let i = 0; i < 2; i++)
      expect((await withKey(api, key.secret, 'GET', itemsOf(org))).status).toBe(200);
    expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org)), 429, 'RATE_LIMITED');
    expect((await withKey(api, other.secret, 'GET', itemsOf(org))).status).toBe(200);
    // The meter counts when each answer has gone, in order: once the last call is in, all are.
    const month = usageKeys(api.h.prefix).month(org.orgId, new Date());
    let calls = 0;
    for (let i = 0; i < 200 && calls < 3; i++) {
      calls = Number(await api.h.deps.redis.hget(month, 'c'));
      if (calls < 3) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(calls).toBe(3);
  });

  it('a scope refusal and a 404 carry the headers and count too', async () => {
    const org = await keyOrg(api, 'Counted Co', { limits: { requestsPerMinute: 3 } });
    const key = await createKey(org, { scopes: ['content:read'] });
    const refused = await withKey(api, key.secret, 'POST', `/v1/projects/${org.alpha}/folders`, {
      json: { name: 'x' },
    });
    expectProblem(refused, 403, 'API_KEY_SCOPE_MISSING');
    expect(rateHeaders(refused)).toMatchObject({ limit: '3', remaining: '2' });
    const missing = await withKey(api, key.secret, 'GET', `/v1/assets/${org.alpha}`);
    expect(missing.status).toBe(404);
    expect(rateHeaders(missing)).toMatchObject({ remaining: '1' });
  });

  it('a session is not limited per key: no RateLimit headers', async () => {
    const org = await keyOrg(api, 'Web Co', { limits: { requestsPerMinute: 1 } });
    const cookie = await cookieOf(api, org.userId);
    for (let i = 0; i < 3; i++) {
      const reply = await withKey(api, null, 'GET', itemsOf(org), { cookie });
      expect(reply.status).toBe(200);
      expect(reply.headers['ratelimit-limit']).toBeUndefined();
    }
  });
});

describe("the organization's month", () => {
  const toMonthEnd = String((Date.UTC(2026, 11, 1) - clock.now.getTime()) / 1000);

  it('API calls at the limit: 429 USAGE_LIMIT_REACHED with Retry-After to the end of the month', async () => {
    const org = await keyOrg(api, 'Busy Co', { limits: { apiCallsPerMonth: 100 } });
    const key = await createKey(org, { scopes: ['content:read'] });
    await monthUsage(org, { c: 99 });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org))).status).toBe(200);
    await monthUsage(org, { c: 100 });
    const refused = await withKey(api, key.secret, 'GET', itemsOf(org));
    expectProblem(refused, 429, 'USAGE_LIMIT_REACHED');
    expect(refused.headers['retry-after']).toBe(toMonthEnd);
    // The web app keeps working.
    const cookie = await cookieOf(api, org.userId);
    expect((await withKey(api, null, 'GET', itemsOf(org), { cookie })).status).toBe(200);
  });

  it("bytes out at the limit refuse key requests the same way; the plan's limit when no override", async () => {
    const org = await keyOrg(api, 'Heavy Co', { plan: 'free' });
    const key = await createKey(org, { scopes: ['content:read'] });
    await monthUsage(org, { o: 10 * 1024 ** 3 - 1 });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org))).status).toBe(200);
    await monthUsage(org, { o: 10 * 1024 ** 3 });
    const refused = await withKey(api, key.secret, 'GET', itemsOf(org));
    expectProblem(refused, 429, 'USAGE_LIMIT_REACHED');
    expect(refused.headers['retry-after']).toBe(toMonthEnd);
    await monthUsage(org, { c: 10_000 });
    expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org)), 429, 'USAGE_LIMIT_REACHED');
  });

  it('unlimited calls and bytes (null) are never refused', async () => {
    const org = await keyOrg(api, 'Boundless Co', {
      limits: { apiCallsPerMonth: null, bandwidthOutPerMonth: null },
    });
    const key = await createKey(org, { scopes: ['content:read'] });
    await monthUsage(org, { c: 1e12, o: 1e15 });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org))).status).toBe(200);
  });

  it("an operator's new override applies to every lookup after it (a cached key keeps its record up to 30 s)", async () => {
    const org = await keyOrg(api, 'Later Co', { limits: { apiCallsPerMonth: 5 } });
    const key = await createKey(org, { scopes: ['content:read'] });
    await monthUsage(org, { c: 5 });
    expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org)), 429, 'USAGE_LIMIT_REACHED');
    await setLimits(api, org.orgId, { apiCallsPerMonth: 50 });
    // A fresh lookup (another key of the same organization, never cached) sees the new limit.
    const other = await createKey(org, { scopes: ['content:read'] });
    expect((await withKey(api, other.secret, 'GET', itemsOf(org))).status).toBe(200);
  });
});
