import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { SqliteDriver, sqliteDriverOptions, sqlitePool } from './sqlite-driver.js';

export type EntityManager = SqlEntityManager;
export type Dialect = 'postgresql' | 'sqlite';

export interface OrmSettings {
  /** `postgres://…` → PostgreSQL; anything else is the path of an SQLite file (or `:memory:`). */
  database: string;
  debug?: boolean;
  poolMax?: number;
  /**
   * How long a statement waits for a lock another transaction (or process) holds before it fails,
   * and the API answers BUSY, retryable: on SQLite a write waiting for the file's write lock, on
   * PostgreSQL any statement waiting for a row lock (lock_timeout). Default 5 s.
   */
  lockTimeoutMs?: number;
}

const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export function dialectOf(database: string): Dialect {
  return /^postgres(ql)?:\/\//.test(database) ? 'postgresql' : 'sqlite';
}

export function ormOptions({
  database,
  debug = false,
  poolMax = 10,
  lockTimeoutMs = 5000,
}: OrmSettings): Options {
  const dialect = dialectOf(database);
  const common = {
    entities,
    debug,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    migrations: {
      path: join(migrationsDir, dialect),
      // Listed statically so that tsx, Vitest and bundlers load them alike.
      migrationsList: migrations[dialect],
      glob: '!(*.d).{js,ts}',
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
      emit: 'ts' as const,
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
  };
  if (dialect === 'postgresql') {
    const pool = { min: 0, max: poolMax, afterCreate: postgresSettings(lockTimeoutMs) };
    return { ...common, driver: PostgreSqlDriver, clientUrl: database, pool };
  }
  return {
    ...common,
    driver: SqliteDriver,
    dbName: database,
    pool: sqlitePool(lockTimeoutMs),
    driverOptions: sqliteDriverOptions(lockTimeoutMs),
  };
}

interface PgConnection {
  query(sql: string, done: (error: Error | null) => void): void;
}

/** Every PostgreSQL connection gives up waiting for a row lock after `lockTimeoutMs`. */
function postgresSettings(lockTimeoutMs: number) {
  return (conn: PgConnection, done: (error: Error | null, conn: PgConnection) => void) =>
    conn.query(`set lock_timeout = ${Math.round(lockTimeoutMs)}`, (error) => done(error, conn));
}

export async function createOrm(settings: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormOptions(settings));
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

export function forkEm(orm: MikroORM): EntityManager {
  return orm.em.fork() as EntityManager;
}
