// apiKey.* over HTTP and who may call it: owners and admins; members FORBIDDEN, another
// organization's members NOT_FOUND, no session UNAUTHORIZED; bad input 400 with its field.
import { sessionCookieName, type ApiKeyDto } from '@roster/core';
import { ApiKey, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, errorOf, type Caller, type Harness } from './harness.js';
import { orgOfThree, owner } from './project-fixtures.js';

let h: Harness;
let org: Awaited<ReturnType<typeof orgOfThree>>;
let foreign: Awaited<ReturnType<typeof owner>>;

beforeAll(async () => {
  h = await createHarness();
  org = await orgOfThree(h, 'Keys Inc');
  foreign = await owner(h, 'Elsewhere');
});
afterAll(() => h.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function storedRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await forkEm(h.db.orm).execute<Record<string, unknown>[]>(
    'select * from api_keys where id = ?',
    [id],
  );
  return row!;
}

describe('who may manage keys', () => {
  let key: ApiKeyDto;
  beforeAll(async () => {
    key = (
      await org.owner.caller.apiKey.create({ orgId: org.orgId, name: 'Guarded', scopes: ['content:read'] })
    ).apiKey;
  });
  const calls = {
    create: (c: Caller, orgId: string) => c.apiKey.create({ orgId, name: 'Nope', scopes: ['content:read'] }),
    list: (c: Caller, orgId: string) => c.apiKey.list({ orgId }),
    revoke: (c: Caller, orgId: string) => c.apiKey.revoke({ orgId, apiKeyId: key.id }),
  };

  it.each(Object.keys(calls) as (keyof typeof calls)[])('%s: a member is FORBIDDEN', async (name) => {
    expect(await errorOf(calls[name](org.member.caller, org.orgId))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERMISSION_DENIED',
    });
  });

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    '%s: a member of another organization gets NOT_FOUND, no session UNAUTHORIZED',
    async (name) => {
      expect((await errorOf(calls[name](foreign.caller, org.orgId))).code).toBe('NOT_FOUND');
      expect((await errorOf(calls[name](await h.caller(), org.orgId))).code).toBe('UNAUTHORIZED');
    },
  );

  it('left the key as it was', async () => {
    expect(await storedRow(key.id)).toMatchObject({ revoked_at: null });
    expect(await forkEm(h.db.orm).count(ApiKey, { name: 'Nope' })).toBe(0);
  });
});

describe('over HTTP', () => {
  it('answers 400 with the field of a bad input, and the key without its secret', async () => {
    const app = await buildServer(h.deps);
    try {
      const session = await h.deps.sessions.createSession(org.owner.userId, {});
      const headers = { origin: appOrigin, cookie: `${sessionCookieName}=${session.id}` };
      const post = (body: object) =>
        app.inject({ method: 'POST', url: '/trpc/apiKey.create', payload: body, headers });
      const bad = await post({
        orgId: org.orgId,
        name: 'Key',
        scopes: ['content:read'],
        expiresAt: inDays(-1),
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.data).toMatchObject({
        reason: 'INVALID_INPUT',
        fieldErrors: { expiresAt: expect.any(String) },
      });
      const made = await post({ orgId: org.orgId, name: 'Wire', scopes: ['content:read'] });
      expect(made.statusCode).toBe(200);
      const { secret } = made.json().result.data as { secret: string };
      const input = encodeURIComponent(JSON.stringify({ orgId: org.orgId }));
      const listed = await app.inject({ method: 'GET', url: `/trpc/apiKey.list?input=${input}`, headers });
      expect(listed.statusCode).toBe(200);
      expect(listed.body).not.toContain(secret.slice(8));
      expect(listed.body).toContain('"name":"Wire"');
    } finally {
      await app.close();
    }
  });
});
