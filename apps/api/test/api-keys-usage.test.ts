// The usage routes with an API key: `usage:read` reads its own organization's usage (implied, or
// named), a key without the scope is 403, another organization is 404 like a missing one.
import { randomUUID } from 'node:crypto';
import { rollupUsage } from '@roster/core';
import { forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKey, expectProblem, keyOrg, startKeyApi, withKey, type KeyOrg } from './api-keys-fixtures.js';
import type { Api } from './upload-fixtures.js';

let api: Api;
let org: KeyOrg;
let other: KeyOrg;
const keys = { usage: '', content: '', limited: '', otherOrg: '' };
beforeAll(async () => {
  api = await startKeyApi();
  [org, other] = [await keyOrg(api, 'Usage Co'), await keyOrg(api, 'Elsewhere')];
  keys.usage = (await createKey(org, { scopes: ['usage:read'] })).secret;
  keys.content = (await createKey(org, { scopes: ['content:read', 'content:write'] })).secret;
  keys.limited = (
    await createKey(org, { scopes: ['usage:read', 'content:read'], projectIds: [org.alpha] })
  ).secret;
  keys.otherOrg = (await createKey(other, { scopes: ['usage:read'] })).secret;
});
afterAll(async () => {
  await api?.close();
});

const period = 'from=2026-11-01&to=2026-11-30';

describe.each([
  { route: 'GET /v1/usage', path: (q: string) => `/v1/usage?${q}`, type: /^application\/json/ },
  {
    route: 'GET /v1/exports/usage.csv',
    path: (q: string) => `/v1/exports/usage.csv?${q}`,
    type: /^text\/csv/,
  },
])('$route', ({ path, type }) => {
  it("a key with usage:read reads its organization's usage, implied or named", async () => {
    for (const query of [period, `${period}&orgId=${org.orgId}`, `${period}&groupBy=apiKey`]) {
      const reply = await withKey(api, keys.usage, 'GET', path(query));
      expect(reply.status, reply.text).toBe(200);
      expect(reply.headers['content-type']).toMatch(type);
    }
    // A key limited to some projects reads the organization's usage all the same (usage is not content).
    expect((await withKey(api, keys.limited, 'GET', path(period))).status).toBe(200);
  });

  it('a key without usage:read is 403; another organization is 404, as one that does not exist', async () => {
    const refused = await withKey(api, keys.content, 'GET', path(period));
    expect(expectProblem(refused, 403, 'API_KEY_SCOPE_MISSING')).toMatchObject({
      detail: expect.stringContaining('usage:read'),
    });
    const missing = await withKey(api, keys.usage, 'GET', path(`${period}&orgId=${randomUUID()}`));
    const reason = expectProblem(missing, 404, 'ORG_NOT_FOUND').reason!;
    expectProblem(await withKey(api, keys.usage, 'GET', path(`${period}&orgId=${other.orgId}`)), 404, reason);
    expectProblem(
      await withKey(api, keys.otherOrg, 'GET', path(`${period}&orgId=${org.orgId}`)),
      404,
      reason,
    );
  });
});

it("a key's calls appear under its name once rolled up, exactly as many as it made", async () => {
  const made = await createKey(org, { scopes: ['content:read'], name: 'Counted bot' });
  for (let i = 0; i < 3; i++)
    expect((await withKey(api, made.secret, 'GET', `/v1/projects/${org.alpha}/items`)).status).toBe(200);
  const today = new Date().toISOString().slice(0, 10);
  const byKey = async () => {
    await rollupUsage({
      em: forkEm(api.h.db.orm),
      redis: api.h.deps.redis,
      prefix: api.h.prefix,
      now: new Date(),
    });
    const reply = await withKey(api, keys.usage, 'GET', `/v1/usage?from=${today}&to=${today}&groupBy=apiKey`);
    const rows = (
      reply.json() as { rows: { apiKeyId: string | null; apiKeyName: string | null; apiCalls: number }[] }
    ).rows;
    return rows.find((row) => row.apiKeyId === made.id);
  };
  // The meter counts each call once its answer has gone: roll up until all three are in.
  let row = await byKey();
  for (let i = 0; i < 100 && (row?.apiCalls ?? 0) < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    row = await byKey();
  }
  expect(row).toMatchObject({ apiKeyName: 'Counted bot', apiCalls: 3 });
});
