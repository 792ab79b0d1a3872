// "Last used" of a key: written after the answer, at most once a minute per key (never a write per
// request), on the clock the API goes by.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { LastUsedWriter } from '../src/api-keys/last-used.js';
import {
  createKey,
  keyOrg,
  keyRow,
  startKeyApi,
  testClock,
  withKey,
  type KeyOrg,
} from './api-keys-fixtures.js';
import type { Api } from './upload-fixtures.js';

const clock = testClock(new Date(Math.floor(Date.now() / 1000) * 1000));
let api: Api;
let org: KeyOrg;
beforeAll(async () => {
  api = await startKeyApi({ clock });
  org = await keyOrg(api);
});
afterAll(async () => {
  await api?.close();
});

/** Counts the statements that write a key's last_used_at while the test runs. */
function countLastUsedWrites() {
  const spy = vi.spyOn(api.h.db.orm.em.getConnection(), 'execute');
  return {
    count: () =>
      spy.mock.calls.filter(
        ([query]) => /^\s*update\b/i.test(String(query)) && /last_used_at/.test(String(query)),
      ).length,
    restore: () => spy.mockRestore(),
  };
}

async function lastUsedOf(apiKeyId: string): Promise<number | null> {
  return (await keyRow(api, apiKeyId)).lastUsedAt?.getTime() ?? null;
}

/** Polls the row until `expected` (the write happens after the answer, in the background). */
async function lastUsedBecomes(apiKeyId: string, expected: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await lastUsedOf(apiKeyId)) === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(await lastUsedOf(apiKeyId)).toBe(expected);
}

it('the writer: once a minute per key, the next write a minute later', async () => {
  const key = await createKey(org, { scopes: ['content:read'] });
  const writer = new LastUsedWriter(api.h.db.orm);
  const writes = countLastUsedWrites();
  try {
    const t0 = clock.now.getTime();
    await writer.mark(key.id, new Date(t0));
    expect(await lastUsedOf(key.id)).toBe(t0);
    for (const later of [1, 30_000, 59_999]) await writer.mark(key.id, new Date(t0 + later));
    expect(writes.count()).toBe(1);
    expect(await lastUsedOf(key.id)).toBe(t0);
    await writer.mark(key.id, new Date(t0 + 60_000));
    expect(writes.count()).toBe(2);
    expect(await lastUsedOf(key.id)).toBe(t0 + 60_000);
  } finally {
    writes.restore();
  }
});

it('through /v1: 30 requests in a minute write it once; a request a minute later writes it again', async () => {
  const key = await createKey(org, { scopes: ['content:read'] });
  expect(await lastUsedOf(key.id)).toBeNull();
  const writes = countLastUsedWrites();
  try {
    const t0 = clock.now.getTime();
    for (let i = 0; i < 30; i++) {
      const reply = await withKey(api, key.secret, 'GET', `/v1/projects/${org.alpha}/items`);
      expect(reply.status, reply.text).toBe(200);
      if (i % 10 === 9) clock.advance(15_000);
    }
    await lastUsedBecomes(key.id, t0);
    // 45 s on the clock now: one more second short of the minute, then past it.
    clock.advance(14_000);
    expect((await withKey(api, key.secret, 'GET', `/v1/projects/${org.alpha}/items`)).status).toBe(200);
    clock.advance(1_000);
    expect((await withKey(api, key.secret, 'GET', `/v1/projects/${org.alpha}/items`)).status).toBe(200);
    await lastUsedBecomes(key.id, t0 + 60_000);
    expect(writes.count()).toBe(2);
  } finally {
    writes.restore();
  }
});

it('a refused request of a revoked key leaves its last use as it was', async () => {
  const key = await createKey(org, { scopes: ['content:read'] });
  clock.advance(120_000);
  const used = clock.now.getTime();
  expect((await withKey(api, key.secret, 'GET', `/v1/projects/${org.alpha}/items`)).status).toBe(200);
  await lastUsedBecomes(key.id, used);
  await org.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: key.id });
  clock.advance(120_000);
  expect((await withKey(api, key.secret, 'GET', `/v1/projects/${org.alpha}/items`)).status).toBe(401);
  expect(await lastUsedOf(key.id)).toBe(used);
});
