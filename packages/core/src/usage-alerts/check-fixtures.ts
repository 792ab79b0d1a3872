// The database, Redis and usage-alert fixtures of the usage-alert tests (their hooks run in each
// test file that imports this one).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EmailDelivery,
  Event,
  Notification,
  Organization,
  Plugin,
  User,
  forkEm,
  type EntityManager,
} from '@roster/db';
import { createTestDatabase, type TestDatabase } from '@roster/testing/database';
import { testDatabaseKind, testRedisUrl } from '@roster/testing/env';
import { seedOrganization, type SeededOrganization } from '@roster/testing/factories';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { JobQueue } from '../jobs/queue.js';
import { loadOrganization, setOrganizationLimit } from '../organizations/operator.js';
import { systemScope } from '../subscribers/create-scope.js';
import { UsageMeter } from '../usage/meter.js';
import type { LimitName } from '../vocabulary/limits.js';
import type { UsageAlertMetric } from '../vocabulary/plugins.js';

let db: TestDatabase;
/** The test database's ORM (set up before the tests). */
export const orm = () => db.orm;
let redis: Redis;
let jobs: JobQueue;
let dir: string;
export const prefix = `roster-test-usage-alerts-${randomBytes(4).toString('hex')}`;
export const em = (): EntityManager => forkEm(db.orm);
export const ctx = () => ({ em: em(), jobs, redis, prefix });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'roster-usage-alerts-'));
  // A file, not memory: two checks at once need two connections.
  db = await createTestDatabase(testDatabaseKind() === 'sqlite' ? { file: join(dir, 'roster.db') } : {});
  redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
  jobs = new JobQueue(redis, prefix);
});
afterAll(async () => {
  await jobs?.close();
  const keys = (await redis?.keys(`${prefix}:*`)) ?? [];
  if (keys.length > 0) await redis.del(...keys);
  await redis?.quit();
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

export const may = new Date('2026-05-20T12:00:00.000Z');
export const june = new Date('2026-06-02T08:00:00.000Z');

/** An organization with an owner, an admin and a member, and one usage alert. */
export async function orgWithAlert(
  config: { percent: number; metrics: UsageAlertMetric[] },
  plan: 'free' | 'team' | 'enterprise' = 'free',
): Promise<{ org: SeededOrganization; pluginId: string }> {
  const org = await seedOrganization(db.orm, { plan, members: ['admin', 'member'] });
  const e = em();
  const plugin = e.create(Plugin, {
    organization: e.getReference(Organization, org.id),
    kind: 'usage_alert',
    name: 'Usage alert',
    config,
    installedBy: e.getReference(User, org.owner.id),
  });
  await e.flush();
  return { org, pluginId: plugin.id };
}

/** As the operator's `set-limit` does. */
export async function setLimit(orgId: string, limit: LimitName, value: number | null) {
  const e = em();
  await setOrganizationLimit(
    systemScope({ em: e, jobs, org: await loadOrganization(e, orgId) }, 'operator'),
    {
      limit,
      value,
    },
  );
}

/** API calls (and bytes out) as the API counts them: Redis only, until a rollup. */
export async function traffic(orgId: string, at: Date, apiCalls: number, bytesOut = 0) {
  const meter = new UsageMeter(redis, prefix);
  for (let i = 0; i < apiCalls; i++) {
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 1, bytesIn: 0, bytesOut: 0, at });
  }
  if (bytesOut > 0) {
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 0, bytesIn: 0, bytesOut, at });
  }
}

export const alertEvents = (orgId: string) =>
  em().find(Event, { organizationId: orgId, name: 'usage.alert_sent' }, { orderBy: { createdAt: 'asc' } });
export const bells = (userId: string) => em().find(Notification, { user: userId, type: 'usage_alert' });
export const deliveries = (orgId: string) =>
  em().find(EmailDelivery, { organization: orgId, template: 'usage-alert' });
export const sortByUser = <T extends { userId: string }>(list: T[]) =>
  [...list].sort((a, b) => a.userId.localeCompare(b.userId));
