// The test database of @roster/db's own tests (not exported: db imports no other Roster package,
// so it cannot use @roster/testing, whose createTestDatabase every other package's tests use).
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { createOrm, migrate } from './orm.js';

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
  const kind = process.env.TEST_DATABASE ?? 'sqlite';
  if (kind === 'sqlite') {
    const database = options.file ?? ':memory:';
    const orm = await createOrm({ database });
    if (options.migrate !== false) await migrate(orm);
    return { orm, database, close: () => orm.close(true) };
  }
  if (kind !== 'postgresql') throw new Error(`TEST_DATABASE must be sqlite or postgresql, not ${kind}`);
  const admin = new URL(process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const name = `roster_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = url.toString();
  const orm = await createOrm({ database, poolMax: 30 });
  if (options.migrate !== false) await migrate(orm);
  return {
    orm,
    database,
    async close() {
      await orm.close(true);
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: URL, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
