import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';

export type EntityManager = SqlEntityManager;
export type Dialect = 'postgresql' | 'sqlite';

export interface OrmSettings {
  /** `postgres://…` → PostgreSQL; anything else is the path of an SQLite file (or `:memory:`). */
  database: string;
  debug?: boolean;
  poolMax?: number;
}

const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export function dialectOf(database: string): Dialect {
  return /^postgres(ql)?:\/\//.test(database) ? 'postgresql' : 'sqlite';
}

export function ormOptions({ database, debug = false, poolMax = 10 }: OrmSettings): Options {
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
    return { ...common, driver: PostgreSqlDriver, clientUrl: database, pool: { min: 0, max: poolMax } };
  }
  return { ...common, driver: LibSqlDriver, dbName: database };
}

export async function createOrm(settings: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(settings));
  if (dialectOf(settings.database) === 'sqlite') {
    // Several requests share one SQLite file: wait for a lock rather than fail, and keep readers
    // and the writer out of each other's way.
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
    if (settings.database !== ':memory:') await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  return orm;
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}

export function forkEm(orm: MikroORM): EntityManager {
  return orm.em.fork() as EntityManager;
}
