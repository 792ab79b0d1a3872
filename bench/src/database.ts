import { randomBytes } from 'node:crypto';
import { AttemptLimiter, JobQueue, createSessions, signUp } from '@roster/core';
import { createOrm, forkEm, migrate } from '@roster/db';
import { Redis } from 'ioredis';
import pg from 'pg';
import { onCleanUp } from './cleanup.js';

export interface BenchDatabase {
  url: string;
  /** Drops the database when the benchmark created it; a no-op for BENCH_DATABASE_URL. */
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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
  await adminQuery(settings.adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(settings.adminUrl, `create database ${name}`);
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  const db = {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await adminQuery(settings.adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
  onCleanUp(`drop the database ${name}`, db.drop);
  return db;
}

/** Brings the database's schema up to date. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const orm = await createOrm({ database: databaseUrl });
  try {
    await migrate(orm);
  } finally {
    await orm.close(true);
  }
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
 * Migrates the database and signs one user up through core (user, organization, membership,
 * welcome email owed), then opens a session for them as sign-up over HTTP does. Redis keys go
 * under a private prefix, removed afterwards, so no real queue or rate limit is touched.
 */
export async function migrateAndSeed(databaseUrl: string, redisUrl: string): Promise<Seed> {
  const orm = await createOrm({ database: databaseUrl });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const prefix = `roster-bench-${process.pid}`;
  const jobs = new JobQueue(redis, prefix);
  try {
    await migrate(orm);
    const email = `bench-${randomBytes(4).toString('hex')}@example.com`;
    const { user, orgId } = await signUp(
      { em: forkEm(orm), limiter: new AttemptLimiter(redis, undefined, prefix), jobs, ip: '127.0.0.1' },
      { email, password: 'violet-otter-17-lantern', name: 'Bench User', companyName: 'Bench Inc' },
    );
    const session = await createSessions(orm, { secure: false }).createSession(user.id, {});
    return { userId: user.id, orgId, cookie: `roster_session=${session.id}` };
  } finally {
    await jobs.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await orm.close(true);
  }
}
