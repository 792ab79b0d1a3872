// An API key as the caller of /v1: its checksum (no database read for a typo), unknown, revoked
// and expired keys, the Bearer header over cookies, no Origin needed.
import { generateApiKey } from '@roster/core';
import { ApiKey, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createKey,
  expectProblem,
  keyOrg,
  startKeyApi,
  testClock,
  withKey,
  type KeyOrg,
} from './api-keys-fixtures.js';
import { cookieOf, type Api } from './upload-fixtures.js';

const clock = testClock();
let api: Api;
let org: KeyOrg;
beforeAll(async () => {
  api = await startKeyApi({ clock });
  org = await keyOrg(api);
});
afterAll(async () => {
  await api?.close();
});

const itemsOf = (projectId: string) => `/v1/projects/${projectId}/items`;

/** Every statement the API sends to the database while `work` runs. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const connection = api.h.db.orm.em.getConnection();
  const spy = vi.spyOn(connection, 'execute');
  try {
    await work();
    return spy.mock.calls.map(([query]) => String(query));
  } finally {
    spy.mockRestore();
  }
}

/** The same key with one character of its checksum changed. */
function mistyped(secret: string): string {
  const last = secret.at(-1)!;
  return secret.slice(0, -1) + (last === 'a' ? 'b' : 'a');
}

describe('a key that is not one', () => {
  it('a wrong checksum is refused 401 API_KEY_INVALID without a database statement', async () => {
    const key = await createKey(org, { scopes: ['content:read'] });
    for (const secret of [mistyped(key.secret), `${key.secret}x`, key.secret.slice(0, 20), 'rst_', 'hello']) {
      let reply!: Awaited<ReturnType<typeof withKey>>;
      const statements = await statementsDuring(async () => {
        reply = await withKey(api, secret, 'GET', itemsOf(org.alpha));
      });
      expectProblem(reply, 401, 'API_KEY_INVALID');
      expect(reply.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      expect(statements, secret).toEqual([]);
    }
    // The spy does see a real lookup: the well-formed key reads the database.
    const statements = await statementsDuring(() => withKey(api, key.secret, 'GET', itemsOf(org.alpha)));
    expect(statements.length).toBeGreaterThan(0);
  });

  it('a well-formed key nobody has is 401 API_KEY_INVALID; another scheme is refused the same way', async () => {
    expectProblem(
      await withKey(api, generateApiKey().secret, 'GET', itemsOf(org.alpha)),
      401,
      'API_KEY_INVALID',
    );
    const basic = await withKey(api, null, 'GET', itemsOf(org.alpha), {
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expectProblem(basic, 401, 'API_KEY_INVALID');
  });

  it('without any credentials: 401 UNAUTHENTICATED with WWW-Authenticate: Bearer', async () => {
    const reply = await withKey(api, null, 'GET', itemsOf(org.alpha));
    expectProblem(reply, 401, 'UNAUTHENTICATED');
    expect(reply.headers['www-authenticate']).toBe('Bearer');
  });
});

describe('a key that was one', () => {
  it('revoked: refused on the very next request (it was cached), 401 API_KEY_REVOKED', async () => {
    const key = await createKey(org, { scopes: ['content:read'] });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org.alpha))).status).toBe(200);
    await org.caller.apiKey.revoke({ orgId: org.orgId, apiKeyId: key.id });
    const reply = await withKey(api, key.secret, 'GET', itemsOf(org.alpha));
    expectProblem(reply, 401, 'API_KEY_REVOKED');
    expect(reply.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
  });

  it('revoked in the database (never announced, never cached): refused by the row, 401 API_KEY_REVOKED', async () => {
    const key = await createKey(org, { scopes: ['content:read'] });
    await forkEm(api.h.db.orm).nativeUpdate(ApiKey, { id: key.id }, { revokedAt: new Date() });
    expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org.alpha)), 401, 'API_KEY_REVOKED');
  });

  it('expired: works until its expiry, refused from then on with 401 API_KEY_EXPIRED', async () => {
    const key = await createKey(org, {
      scopes: ['content:read'],
      expiresAt: new Date(clock.now.getTime() + 3_600_000),
    });
    expect((await withKey(api, key.secret, 'GET', itemsOf(org.alpha))).status).toBe(200);
    clock.advance(3_600_000);
    try {
      expectProblem(await withKey(api, key.secret, 'GET', itemsOf(org.alpha)), 401, 'API_KEY_EXPIRED');
    } finally {
      clock.advance(-3_600_000);
    }
  });
});

describe('a key and the other credentials', () => {
  it('the Bearer header wins over a session cookie: a bad key is refused whatever the cookie', async () => {
    const cookie = await cookieOf(api, org.userId);
    const withCookie = await withKey(api, null, 'GET', itemsOf(org.alpha), { cookie });
    expect(withCookie.status).toBe(200);
    const reply = await withKey(api, generateApiKey().secret, 'GET', itemsOf(org.alpha), { cookie });
    expectProblem(reply, 401, 'API_KEY_INVALID');
  });

  it('a key needs no Origin for a change, and a foreign Origin does not stop it (it is no ambient credential)', async () => {
    const key = await createKey(org, { scopes: ['content:write'] });
    const path = `/v1/projects/${org.alpha}/folders`;
    const bare = await withKey(api, key.secret, 'POST', path, { json: { name: 'No origin' } });
    expect(bare.status, bare.text).toBe(201);
    const foreign = await withKey(api, key.secret, 'POST', path, {
      json: { name: 'Foreign origin' },
      origin: 'https://evil.example',
    });
    expect(foreign.status, foreign.text).toBe(201);
  });
});
