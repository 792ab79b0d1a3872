import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { createOrm, migrate } from '@roster/db';
import pg from 'pg';
import { testDatabaseKind, testPgUrl } from './env.js';

export interface TestDatabase {
  orm: MikroORM;
  /** The `DATABASE_URL` of this database, for a server started by the test. */
  database: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default, or a new PostgreSQL
 * database (dropped on close) when TEST_DATABASE=postgresql. TEST_PG_URL names the server.
 * `migrate: false` leaves it empty, for tests of the migrations themselves.
 */
export async function createTestDatabase(
  options: { file?: string; migrate?: boolean } = {},
): Promise<TestDatabase> {
  const kind = testDatabaseKind();
  if (kind === 'sqlite') {
    const database = options.file ?? ':memory:';
    const orm = await createOrm({ database });
    if (options.migrate !== false) await migrate(orm);
    return { orm, database, close: () => orm.close(true) };
  }
  if (kind !== 'postgresql') throw new Error(`TEST_DATABASE must be sqlite or postgresql, not ${kind}`);
  const created = await createPostgresDatabase(testPgUrl(), `roster_test_${randomBytes(6).toString('hex')}`);
  const orm = await createOrm({ database: created.url, poolMax: 30 });
  if (options.migrate !== false) await migrate(orm);
  return {
    orm,
    database: created.url,
    async close() {
      await orm.close(true);
      await created.drop();
    },
  };
}

export interface PostgresDatabase {
  url: string;
  /** Drops it, ending any connection still open; once, however often called. */
  drop(): Promise<void>;
}

/** Creates the (empty) database `name` on the server of `adminUrl`, replacing one of that name. */
export async function createPostgresDatabase(adminUrl: string, name: string): Promise<PostgresDatabase> {
  if (!/^\w+$/.test(name)) throw new Error(`Not a database name: ${name}`);
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
