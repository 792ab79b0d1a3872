import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { createOrm, migrate } from '@roster/db';
import { createPostgresDatabase } from '@roster/testing/database';
import { seedOrganization, seedUser } from '@roster/testing/factories';
import { sessionCookie } from '@roster/testing/sessions';
import pg from 'pg';
import { onCleanUp } from './cleanup.js';

export interface BenchDatabase {
  url: string;
  /** Drops the database when the benchmark created it; a no-op for BENCH_DATABASE_URL. */
  drop(): Promise<void>;
}

/**
 * BENCH_DATABASE_URL as given, or a fresh `roster_bench_<pid>_<tag>` on the admin server, dropped
 * when the benchmark cleans up.
 */
export async function openBenchDatabase(
  settings: { databaseUrl?: string | undefined; adminUrl: string },
  tag: string,
): Promise<BenchDatabase> {
  if (settings.databaseUrl) return { url: settings.databaseUrl, drop: async () => undefined };
  const name = `roster_bench_${process.pid}_${tag}`;
  const db = await createPostgresDatabase(settings.adminUrl, name);
  onCleanUp(`drop the database ${name}`, db.drop);
  return db;
}

/**
 * Adds `count` members to an organization in two statements: users `user-<n>@<domain>` named
 * `User <n>` (a password hash that matches no password), and their memberships as `member`, joined
 * a minute apart. Then ANALYZE, as autovacuum would do soon after such a load.
 */
export async function seedMembers(databaseUrl: string, orgId: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const domain = `members-${randomBytes(4).toString('hex')}.example.com`;
  try {
    await client.query(
      `insert into users (id, created_at, updated_at, email, name, password_hash)
       select gen_random_uuid(), j.at, j.at, 'user-' || n || '@' || $2::text, 'User ' || n, 'not-a-hash'
         from generate_series(1, $1::int) n, lateral (select now() - n * interval '1 minute' as at) j`,
      [count, domain],
    );
    await client.query(
      `insert into memberships (id, organization_id, user_id, role, created_at)
       select gen_random_uuid(), $1::uuid, id, 'member', created_at from users where email like $2::text`,
      [orgId, `%@${domain}`],
    );
    await client.query('analyze users');
    await client.query('analyze memberships');
  } finally {
    await client.end();
  }
}

export interface Seed {
  userId: string;
  orgId: string;
  /** `roster_session=<id>`: a real session, as the browser would hold it. */
  cookie: string;
}

/**
 * Migrates the database and seeds one verified user owning an organization (@roster/testing's
 * factories), with a session open for them as signing in opens one.
 */
export async function migrateAndSeed(orm: MikroORM): Promise<Seed> {
  await migrate(orm);
  const owner = await seedUser(orm, {
    email: `bench-${randomBytes(4).toString('hex')}@example.com`,
    name: 'Bench User',
  });
  const org = await seedOrganization(orm, { name: 'Bench Inc', owner });
  return { userId: owner.id, orgId: org.id, cookie: await sessionCookie(orm, owner.id) };
}

/** An ORM on the benchmark's database, closed when the benchmark cleans up. */
export async function openOrm(databaseUrl: string): Promise<MikroORM> {
  const orm = await createOrm({ database: databaseUrl });
  onCleanUp('close the ORM', () => orm.close(true));
  return orm;
}
