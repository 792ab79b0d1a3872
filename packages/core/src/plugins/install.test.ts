import { randomBytes } from 'node:crypto';
import { Membership, Organization, Plugin, User, forkEm } from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { JobQueue } from '../jobs/queue.js';
import { loadMembership } from '../organizations/access.js';
import { loadOrganization } from '../organizations/operator.js';
import type { Scope } from '../scope.js';
import { createScope, memberScope, systemScope } from '../subscribers/create-scope.js';
import { installPlugin } from './install.js';
import { listPlugins } from './list.js';
import { generateWebhookSecret, webhookSecretPrefix } from './secret.js';
import { uninstallPlugin } from './uninstall.js';

let db: TestDatabase;
let redis: Redis;
let jobs: JobQueue;
beforeAll(async () => {
  db = await createTestDatabase();
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, `roster-test-plugins-${randomBytes(4).toString('hex')}`);
});
afterAll(async () => {
  await jobs?.close();
  await redis?.quit();
  await db?.close();
});

const options = { allowPrivateWebhooks: false };
const webhook = { kind: 'webhook' as const, config: { url: 'https://93.184.215.14/hook', events: [] } };

let n = 0;
async function orgWithAdmin() {
  const em = forkEm(db.orm);
  const user = em.create(User, { email: `p${++n}@example.com`, name: `Admin ${n}`, passwordHash: 'x' });
  const org = em.create(Organization, { name: `Plugins ${n}` });
  em.create(Membership, { organization: org, user, role: 'admin' });
  await em.flush();
  return { userId: user.id, orgId: org.id };
}

async function adminScope(userId: string, orgId: string): Promise<Scope> {
  const em = forkEm(db.orm);
  const user = await em.findOneOrFail(User, userId);
  return memberScope({ em, jobs }, { ...user, emailVerified: true }, await loadMembership(em, userId, orgId));
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error.reason;
}

describe('webhook secrets', () => {
  it('are whsec_ and 32 base62 characters, shown afterwards by their first 10', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    expect(webhookSecretPrefix(secret)).toBe(`${secret.slice(0, 10)}…`);
    expect(webhookSecretPrefix(null)).toBeNull();
  });
});

describe('who installs', () => {
  it('Roster itself and API keys cannot install (a plugin is installed by a person)', async () => {
    const { orgId } = await orgWithAdmin();
    const em = forkEm(db.orm);
    const org = await loadOrganization(em, orgId);
    expect(await reasonOf(installPlugin(systemScope({ em, jobs, org }, 'operator'), webhook, options))).toBe(
      'PERMISSION_DENIED',
    );
    const key = createScope({
      em,
      jobs,
      org,
      actor: {
        type: 'apiKey',
        id: randomBytes(8).toString('hex'),
        name: 'Key',
        scopes: ['content:write', 'usage:read'],
        projectIds: null,
      },
    });
    expect(await reasonOf(installPlugin(key, webhook, options))).toBe('PERMISSION_DENIED');
    expect(await reasonOf(listPlugins(key))).toBe('PERMISSION_DENIED');
    expect(await forkEm(db.orm).count(Plugin, { organization: orgId })).toBe(0);
  });

  it('the role is read again in the transaction: an admin demoted since the request began is refused', async () => {
    const { userId, orgId } = await orgWithAdmin();
    const scope = await adminScope(userId, orgId);
    await forkEm(db.orm).nativeUpdate(Membership, { organization: orgId, user: userId }, { role: 'member' });
    expect(await reasonOf(installPlugin(scope, webhook, options))).toBe('PERMISSION_DENIED');
    expect(await forkEm(db.orm).count(Plugin, { organization: orgId })).toBe(0);
  });

  it('records the installer; Roster itself (an operator) may list and uninstall', async () => {
    const { userId, orgId } = await orgWithAdmin();
    const { plugin } = await installPlugin(await adminScope(userId, orgId), webhook, options);
    expect(plugin.installedBy).toEqual({ id: userId, name: expect.stringMatching(/^Admin/) });
    const em = forkEm(db.orm);
    const system = systemScope({ em, jobs, org: await loadOrganization(em, orgId) }, 'operator');
    expect((await listPlugins(system)).map((p) => p.id)).toEqual([plugin.id]);
    await uninstallPlugin(system, { pluginId: plugin.id });
    expect(await forkEm(db.orm).count(Plugin, { organization: orgId })).toBe(0);
  });
});
