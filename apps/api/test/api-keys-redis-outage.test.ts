// API keys while Redis is away: the guard lets requests through (no limits can be counted, never a
// 500), and every request reads the key from the database, so a revocation still holds.
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { generateApiKey } from '@roster/core';
import { ApiKey, forkEm } from '@roster/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import { freePort, startRedis, stopRedis } from './private-redis.js';
import type { Api } from './upload-fixtures.js';

let port: number;
let redis: ChildProcess;
let api: Api;
let org: KeyOrg;
beforeAll(async () => {
  port = await freePort();
  redis = await startRedis(port);
  api = await startKeyApi({ redisUrl: `redis://127.0.0.1:${port}` });
  org = await keyOrg(api, 'Outage Co', { plan: 'free' });
});
afterAll(async () => {
  await api?.close();
  await stopRedis(redis);
});

const items = () => `/v1/projects/${org.alpha}/items`;

it('answers without limits while Redis is down, refuses a key revoked meanwhile, and limits again after', async () => {
  const key = await createKey(org, { scopes: ['content:read', 'content:write'] });
  const kept = await createKey(org, { scopes: ['content:read'] });
  for (const secret of [key.secret, kept.secret]) {
    const before = await withKey(api, secret, 'GET', items());
    expect(before.status).toBe(200);
    expect(before.headers['ratelimit-limit']).toBe('60');
  }

  await stopRedis(redis);
  const during = await withKey(api, key.secret, 'GET', items());
  expect(during.status, during.text).toBe(200);
  expect(during.headers['ratelimit-limit']).toBeUndefined();
  const write = await withKey(api, key.secret, 'POST', `/v1/projects/${org.alpha}/folders`, {
    json: { name: 'Made during the outage' },
  });
  expect(write.status, write.text).toBe(201);
  expect(api.logged.some((l) => l.msg === 'API key limits unchecked: Redis unavailable')).toBe(true);

  // Revoked while Redis is away (no marker can be set, nobody hears it): the row refuses it.
  await forkEm(api.h.db.orm).nativeUpdate(ApiKey, { id: key.id }, { revokedAt: new Date() });
  expectProblem(await withKey(api, key.secret, 'GET', items()), 401, 'API_KEY_REVOKED');
  expect((await withKey(api, kept.secret, 'GET', items())).status).toBe(200);
  // Never a 500 (sendProblem logs each as 'request failed').
  expect(api.logged.filter((l) => l.msg === 'request failed')).toEqual([]);

  redis = await startRedis(port);
  if (api.h.deps.redis.status !== 'ready') await once(api.h.deps.redis, 'ready');
  const after = await withKey(api, kept.secret, 'GET', items());
  expect(after.status).toBe(200);
  expect(after.headers['ratelimit-limit']).toBe('60');
  expectProblem(await withKey(api, key.secret, 'GET', items()), 401, 'API_KEY_REVOKED');
});

it('a well-formed key nobody has is still 401 while Redis is down (no 500)', async () => {
  await stopRedis(redis);
  try {
    const reply = await withKey(api, generateApiKey().secret, 'GET', items());
    expectProblem(reply, 401, 'API_KEY_INVALID');
  } finally {
    redis = await startRedis(port);
  }
});
