// What the content benchmarks need in the database: the organization on the plan without storage
// limits (a 1 GiB file is over the free plan's largest file), a project its owner manages, and for
// content-list a folder of many assets, inserted in one statement.
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { seedProject } from '@roster/testing/factories';
import pg from 'pg';
import type { Seed } from './database.js';

async function withClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Moves the organization to the enterprise plan (no quota, 50 GiB files) and gives it a project its owner manages. */
export async function seedContentProject(
  orm: MikroORM,
  databaseUrl: string,
  seed: Seed,
): Promise<{ projectId: string }> {
  await withClient(databaseUrl, (client) =>
    client.query(`update organizations set plan = 'enterprise' where id = $1`, [seed.orgId]),
  );
  const project = await seedProject(orm, {
    orgId: seed.orgId,
    name: 'Bench content',
    members: [{ userId: seed.userId, role: 'manager' }],
  });
  return { projectId: project.id };
}

/**
 * A root folder `Big folder` holding `count` assets (`file-000001.bin` …, 1 KiB to 1 MiB, uploaded by
 * the owner a second apart), as rows only (listing never reads bytes); then ANALYZE.
 */
export async function seedFolderOfAssets(
  databaseUrl: string,
  seed: Seed,
  projectId: string,
  count: number,
): Promise<{ folderId: string }> {
  return withClient(databaseUrl, async (client) => {
    const folder = await client.query<{ id: string }>(
      `insert into items (id, created_at, updated_at, organization_id, project_id, parent_id, kind, name, name_key,
                          depth, size, created_by_id)
       values (gen_random_uuid(), now(), now(), $1, $2, null, 'folder', 'Big folder', 'big folder', 1, 0, $3)
       returning id`,
      [seed.orgId, projectId, seed.userId],
    );
    const folderId = folder.rows[0]!.id;
    const sha256 = randomBytes(32).toString('hex');
    await client.query(
      `insert into items (id, created_at, updated_at, organization_id, project_id, parent_id, kind, name, name_key,
                          depth, size, content_type, sha256, created_by_id)
       select gen_random_uuid(), j.at, j.at, $1, $2, $3, 'asset', j.name, j.name, 1, 1024 * (1 + n % 1024),
              'application/octet-stream', $5, $6
         from generate_series(1, $4::int) n,
              lateral (select now() - n * interval '1 second' as at, 'file-' || lpad(n::text, 6, '0') || '.bin' as name) j`,
      [seed.orgId, projectId, folderId, count, sha256, seed.userId],
    );
    await client.query('analyze items');
    return { folderId };
  });
}
