// Two API processes (as `pnpm start` runs them) on one database and one Redis, behind a load
// balancer: a key revoked through one is refused by the other on its very next request, though
// the other had it cached; an expired key is refused by both.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { User, forkEm } from '@roster/db';
import { startApiProcess, type ServerProcess } from '@roster/testing/api-process';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testRedisUrl } from '@roster/testing/env';
import { freePort } from '@roster/testing/free-port';
import { sessionCookie } from '@roster/testing/sessions';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';

const prefix = `roster-test-keys-${randomBytes(4).toString('hex')}`;
let dataDir: string;
let db: TestDatabase;
let one: ServerProcess;
let two: ServerProcess;
let cookie: string;
let orgId: string;
let projectId: string;

/** A tRPC mutation on `api` as the owner's browser sends it (cookie, the process's own Origin). */
async function mutate<T>(api: ServerProcess, path: string, input: unknown): Promise<T> {
  const response = await fetch(`${api.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: api.url },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** The project's items with the key on `api`: its status and, for a refusal, the reason. */
async function listWith(api: ServerProcess, secret: string) {
  const response = await fetch(`${api.url}/v1/projects/${projectId}/items`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason ?? null };
}

async function createKey(expiresAt?: Date): Promise<{ id: string; secret: string }> {
  const created = await mutate<{ apiKey: { id: string }; secret: string }>(one, 'apiKey.create', {
    orgId,
    name: 'Deploy bot',
    scopes: ['content:read'],
    ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
  });
  return { id: created.apiKey.id, secret: created.secret };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-keys-processes-'));
  db = await createTestDatabase({ file: join(dataDir, 'roster.db') });
  const env = {
    DATABASE_URL: db.database,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    DATA_DIR: dataDir,
    SECRET_KEY: randomBytes(32).toString('hex'),
  };
  [one, two] = await Promise.all([
    freePort().then((port) => startApiProcess({ port, env })),
    freePort().then((port) => startApiProcess({ port, env })),
  ]);
  const em = forkEm(db.orm);
  const owner = em.create(User, {
    email: `keys-${randomBytes(3).toString('hex')}@example.com`,
    name: 'Owner',
    passwordHash: 'x',
    emailVerifiedAt: new Date(),
  });
  await em.flush();
  cookie = await sessionCookie(db.orm, owner.id);
  orgId = (await mutate<{ id: string }>(one, 'org.create', { name: 'Two Processes Co' })).id;
  projectId = (
    await mutate<{ id: string }>(one, 'project.create', { orgId, name: 'Shared', visibility: 'organization' })
  ).id;
}, 120_000);

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await db?.close();
  await rm(dataDir, { recursive: true, force: true });
  const redis = new Redis(testRedisUrl());
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

it('a key revoked through one process is refused by the other on its next request', async () => {
  const key = await createKey();
  // Both processes have looked the key up (and cached it).
  expect(await listWith(one, key.secret)).toEqual({ status: 200, reason: null });
  expect(await listWith(two, key.secret)).toEqual({ status: 200, reason: null });

  await mutate(one, 'apiKey.revoke', { orgId, apiKeyId: key.id });
  expect(await listWith(two, key.secret)).toEqual({ status: 401, reason: 'API_KEY_REVOKED' });
  expect(await listWith(one, key.secret)).toEqual({ status: 401, reason: 'API_KEY_REVOKED' });

  // Another key of the organization is untouched, on both.
  const kept = await createKey();
  expect(await listWith(two, kept.secret)).toEqual({ status: 200, reason: null });
  expect(await listWith(one, kept.secret)).toEqual({ status: 200, reason: null });
});

it('an expired key is refused by both processes from its expiry on', { timeout: 60_000 }, async () => {
  const expiresAt = new Date(Date.now() + 15_000);
  const key = await createKey(expiresAt);
  expect(await listWith(one, key.secret)).toEqual({ status: 200, reason: null });
  expect(await listWith(two, key.secret)).toEqual({ status: 200, reason: null });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()) + 50));
  expect(await listWith(two, key.secret)).toEqual({ status: 401, reason: 'API_KEY_EXPIRED' });
  expect(await listWith(one, key.secret)).toEqual({ status: 401, reason: 'API_KEY_EXPIRED' });
});
