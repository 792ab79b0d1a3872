// Usage metering of /v1 with API keys: each request a key makes is one API call of that key (with
// the bytes it moved, under the file's project); requests refused by the rate limit or the month's
// usage limit (429) are not counted.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createKey,
  expectProblem,
  keyOrg,
  startKeyApi,
  testClock,
  withKey,
  type KeyOrg,
} from './api-keys-fixtures.js';
import { expectTotals } from './metering-fixtures.js';
import { cookieOf, send, type Api } from './upload-fixtures.js';

let api: Api;
const clock = testClock();
beforeAll(async () => {
  api = await startKeyApi({ clock });
});
afterAll(() => api?.close());

const bytes = randomBytes(5000);

async function uploadWithKey(org: KeyOrg, secret: string): Promise<string> {
  const reply = await withKey(api, secret, 'POST', `/v1/projects/${org.alpha}/assets?name=k.bin`, {
    body: bytes,
    headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
  });
  expect(reply.status, reply.text).toBe(201);
  return (reply.json() as { id: string }).id;
}

describe('API calls', () => {
  let org: KeyOrg;
  let key: { id: string; secret: string };
  beforeAll(async () => {
    // Four requests a minute: the fifth in a window is refused.
    org = await keyOrg(api, 'Keyed Meters', { limits: { requestsPerMinute: 4 } });
    key = await createKey(org);
  });

  it('every request of a key is one call of that key, with the bytes it moved under its project', async () => {
    const assetId = await uploadWithKey(org, key.secret);
    const inAlpha = { orgId: org.orgId, projectId: org.alpha, apiKeyId: key.id };
    await expectTotals(api, inAlpha, { apiCalls: 1, bandwidthIn: 5000 });

    expect((await withKey(api, key.secret, 'GET', `/v1/assets/${assetId}`)).status).toBe(200);
    expect((await withKey(api, key.secret, 'GET', `/v1/assets/${assetId}/content`)).text).toBe(
      bytes.toString(),
    );
    await expectTotals(api, inAlpha, { apiCalls: 3, bandwidthIn: 5000, bandwidthOut: 5000 });

    // Not about one project: a call of no project.
    expect((await withKey(api, key.secret, 'GET', '/v1/projects')).status).toBe(200);
    await expectTotals(api, { orgId: org.orgId, projectId: null, apiKeyId: key.id }, { apiCalls: 1 });
    // Nothing was the web app's.
    await expectTotals(api, { orgId: org.orgId, apiKeyId: null }, {});
  });

  it('a request refused by the rate limit (429) is no call', async () => {
    expectProblem(await withKey(api, key.secret, 'GET', '/v1/projects'), 429, 'RATE_LIMITED');
    clock.advance(61_000);
    // The next window's first request: once it is counted, the refused one would have been too.
    expect((await withKey(api, key.secret, 'GET', '/v1/projects')).status).toBe(200);
    await expectTotals(
      api,
      { orgId: org.orgId, apiKeyId: key.id },
      { apiCalls: 5, bandwidthIn: 5000, bandwidthOut: 5000 },
    );
  });
});

describe('the month’s usage limit', () => {
  it('a request refused for the month’s API calls (429) is no call; the web app goes on', async () => {
    const org = await keyOrg(api, 'Capped Co', { limits: { apiCallsPerMonth: 2 } });
    const key = await createKey(org);
    const assetId = await uploadWithKey(org, key.secret);
    expect((await withKey(api, key.secret, 'GET', `/v1/assets/${assetId}`)).status).toBe(200);
    const byKey = { orgId: org.orgId, apiKeyId: key.id };
    await expectTotals(api, byKey, { apiCalls: 2, bandwidthIn: 5000 });

    const refused = await withKey(api, key.secret, 'GET', `/v1/assets/${assetId}/content`);
    expectProblem(refused, 429, 'USAGE_LIMIT_REACHED');
    // The owner's download in the web app: once it is counted, the refused call would have been too.
    const cookie = await cookieOf(api, org.userId);
    const download = await send(api, 'GET', `/v1/assets/${assetId}/content`, { cookie, origin: null });
    expect(download.status).toBe(200);
    await expectTotals(api, { orgId: org.orgId, apiKeyId: null }, { bandwidthOut: 5000 });
    await expectTotals(api, byKey, { apiCalls: 2, bandwidthIn: 5000 });
  });
});
