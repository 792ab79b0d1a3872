import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.js';
import { ApiKey } from '../entities/api-key.entity.js';
import { ApiKeyProject } from '../entities/api-key-project.entity.js';
import { Organization } from '../entities/organization.entity.js';
import { Project } from '../entities/project.entity.js';
import { UsageDaily } from '../entities/usage-daily.entity.js';
import type { EntityManager } from '../orm.js';
import { findApiKeyBySecretHash } from './api-key-with-org.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

function makeKey(em: EntityManager, org: Organization, hash: string, allProjects: boolean): ApiKey {
  return em.create(ApiKey, {
    organization: org,
    name: `key ${hash}`,
    prefix: 'rst_Ab12',
    secretHash: hash.padEnd(64, '0'),
    scopes: ['content:read', 'usage:read'],
    allProjects,
  });
}

describe(`findApiKeyBySecretHash (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('reads the key, its organization with the limit overrides, and its project ids in one statement', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const org = em.create(Organization, {
      name: 'Acme',
      plan: 'team',
      limits: { apiCallsPerMonth: 5, seats: null },
    });
    const projects = ['One', 'Two'].map((name) =>
      em.create(Project, { organization: org, name, visibility: 'organization' }),
    );
    const limited = makeKey(em, org, 'a', false);
    for (const project of projects) em.create(ApiKeyProject, { apiKey: limited, project, organization: org });
    const all = makeKey(em, org, 'b', true);
    const expiresAt = new Date('2030-01-02T03:04:05.000Z');
    all.expiresAt = expiresAt;
    await em.flush();

    const fresh = db.orm.em.fork() as EntityManager;
    const queries: string[] = [];
    const found = await withQueryLog(fresh, queries, () => findApiKeyBySecretHash(fresh, limited.secretHash));
    expect(queries).toHaveLength(1);
    expect(found).toMatchObject({
      id: limited.id,
      name: 'key a',
      scopes: ['content:read', 'usage:read'],
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
      org: {
        id: org.id,
        name: 'Acme',
        plan: 'team',
        invitationExpiry: '7d',
        limits: { apiCallsPerMonth: 5, seats: null },
      },
    });
    expect([...found!.projectIds!].sort()).toEqual(projects.map((p) => p.id).sort());

    const every = await findApiKeyBySecretHash(fresh, all.secretHash);
    expect(every).toMatchObject({ id: all.id, projectIds: null, expiresAt });
    expect(await findApiKeyBySecretHash(fresh, 'f'.repeat(64))).toBeNull();
  });

  it('gives an organization without overrides null limits and a key limited to no project an empty list', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const org = em.create(Organization, { name: 'Plain' });
    const key = makeKey(em, org, 'c', false);
    await em.flush();
    const found = await findApiKeyBySecretHash(db.orm.em.fork() as EntityManager, key.secretHash);
    expect(found).toMatchObject({ projectIds: [], org: { limits: null, plan: 'free' } });
  });

  it('adds to usage_daily with an upsert on its composite primary key', async () => {
    const em = db.orm.em.fork() as EntityManager;
    const org = em.create(Organization, { name: 'Metered' });
    await em.flush();
    const nil = '00000000-0000-0000-0000-000000000000';
    const upsert = `insert into usage_daily (organization_id, day, project_id, api_key_id, api_calls, bandwidth_out)
      values (?, ?, ?, ?, ?, ?)
      on conflict (organization_id, day, project_id, api_key_id)
      do update set api_calls = usage_daily.api_calls + excluded.api_calls,
                    bandwidth_out = usage_daily.bandwidth_out + excluded.bandwidth_out`;
    const big = 5 * 1024 ** 4;
    await em.execute(upsert, [org.id, '2026-11-30', nil, nil, 2, big]);
    await em.execute(upsert, [org.id, '2026-11-30', nil, nil, 3, big]);
    const row = await db.orm.em.fork().findOneOrFail(UsageDaily, { organization: org.id, day: '2026-11-30' });
    expect(row).toMatchObject({
      apiCalls: 5,
      bandwidthIn: 0,
      bandwidthOut: 2 * big,
      projectId: nil,
      apiKeyId: nil,
    });
  });
});

/** Runs `work`, collecting the SQL statements `em` sends meanwhile. */
async function withQueryLog<T>(em: EntityManager, queries: string[], work: () => Promise<T>): Promise<T> {
  const connection = em.getConnection();
  const execute = connection.execute.bind(connection);
  connection.execute = ((...args: Parameters<typeof execute>) => {
    queries.push(String(args[0]));
    return execute(...args);
  }) as typeof execute;
  try {
    return await work();
  } finally {
    connection.execute = execute;
  }
}
