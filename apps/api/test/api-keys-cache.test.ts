// The key cache of an API process: lookups served from memory while the revocation channel is
// heard, a revocation announced by one process evicting the key from another's cache.
import { once } from 'node:events';
import { generateApiKey } from '@roster/core';
import { ApiKey, forkEm } from '@roster/db';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CachedApiKeyAuth } from '../src/api-keys/auth.js';
import { connectRedis } from '../src/redis.js';
import { createKey, keyOrg, startKeyApi, type KeyOrg } from './api-keys-fixtures.js';
import { redisUrl } from './harness.js';
import type { Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
/** Two processes' key caches, each with its own connections (`listener`: its subscriber). */
const processes: { auth: CachedApiKeyAuth; redis: Redis; listener: Redis }[] = [];
beforeAll(async () => {
  api = await startKeyApi();
  org = await keyOrg(api);
  for (let i = 0; i < 2; i++) {
    const redis = await connectRedis(redisUrl);
    const listener = await connectRedis(redisUrl, { commandTimeout: false });
    const auth = new CachedApiKeyAuth(api.h.db.orm, redis, listener, api.h.prefix);
    processes.push({ auth, redis, listener });
  }
  for (const { auth } of processes) while (!auth.caching) await new Promise((r) => setTimeout(r, 10));
});
afterAll(async () => {
  for (const { auth, redis } of processes) {
    await auth.close();
    redis.disconnect();
  }
  await api?.close();
});

const revokeInDatabase = (id: string) =>
  forkEm(api.h.db.orm).nativeUpdate(ApiKey, { id }, { revokedAt: new Date() });

/** Counts the database statements while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(api.h.db.orm.em.getConnection(), 'execute');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

it('serves a key from memory after the first lookup; `fresh` reads the row', async () => {
  const [a] = processes;
  const key = await createKey(org);
  expect(await statements(() => a!.auth.find(key.secret))).toBe(1);
  expect(await statements(() => a!.auth.find(key.secret))).toBe(0);
  await revokeInDatabase(key.id);
  expect((await a!.auth.find(key.secret))?.revokedAt).toBeNull();
  expect((await a!.auth.find(key.secret, { fresh: true }))?.revokedAt).toBeInstanceOf(Date);
});

it("a revocation announced by one process evicts the key from the other's cache", async () => {
  const [a, b] = processes;
  const key = await createKey(org);
  expect((await b!.auth.find(key.secret))?.id).toBe(key.id);
  await revokeInDatabase(key.id);
  expect((await b!.auth.find(key.secret))?.revokedAt).toBeNull();

  // Heard by b's subscriber: its cache's handler runs before this later listener.
  const heard = once(b!.listener, 'message');
  await a!.auth.announceRevoked(key.id);
  await heard;
  expect((await b!.auth.find(key.secret))?.revokedAt).toBeInstanceOf(Date);
  expect(await a!.redis.exists(`${api.h.prefix}:api-keys:revoked:${key.id}`)).toBe(1);
  expect(await a!.redis.ttl(`${api.h.prefix}:api-keys:revoked:${key.id}`)).toBeGreaterThan(399 * 24 * 3600);
});

it('an unknown secret is remembered as unknown (briefly): no lookup per request for it', async () => {
  const [a] = processes;
  const secret = generateApiKey().secret;
  expect(await statements(() => a!.auth.find(secret))).toBe(1);
  expect(await statements(() => a!.auth.find(secret))).toBe(0);
});

it('caches nothing once its subscriber is gone (revocations could not be heard)', async () => {
  const redis = await connectRedis(redisUrl);
  const listener = await connectRedis(redisUrl, { commandTimeout: false });
  const auth = new CachedApiKeyAuth(api.h.db.orm, redis, listener, api.h.prefix);
  try {
    while (!auth.caching) await new Promise((r) => setTimeout(r, 10));
    const key = await createKey(org);
    await auth.find(key.secret);
    expect(await statements(() => auth.find(key.secret))).toBe(0);
    const closed = once(listener, 'close');
    listener.disconnect();
    await closed;
    expect(auth.caching).toBe(false);
    expect(await statements(() => auth.find(key.secret))).toBe(1);
    expect(await statements(() => auth.find(key.secret))).toBe(1);
  } finally {
    await auth.close();
    redis.disconnect();
  }
});
