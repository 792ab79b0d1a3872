// `migrate up`: apply pending migrations to DATABASE_URL (default: the SQLite file under .data/).
// `migrate create [name]`: write a migration for each dialect from the difference between the
// entities and a scratch database with every existing migration applied.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createOrm, dialectOf, migrate, type Dialect } from '../orm.js';
import { database, testPgUrl } from './env.js';

const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

async function up(): Promise<void> {
  const orm = await createOrm({ database });
  const applied = await orm.getMigrator().up();
  console.log(`${dialectOf(database)}: ${applied.length} migration(s) applied`);
  await orm.close(true);
}

async function createFor(target: string, name?: string): Promise<void> {
  const orm = await createOrm({ database: target });
  await migrate(orm);
  const result = await orm.getMigrator().createMigration(undefined, false, false, name);
  console.log(`${dialectOf(target)}: ${result.fileName || 'no changes'}`);
  await orm.close(true);
}

/** Rewrites migrations/<dialect>/index.ts so that the new file is in the static list. */
function writeIndex(dialect: Dialect): void {
  const dir = join(migrationsDir, dialect);
  const names = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// Written by `pnpm --filter @roster/db migration:create`: the migrations of this dialect, in order.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  writeFileSync(join(dir, 'index.ts'), lines.join('\n'));
}

async function create(name?: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-migrate-'));
  await createFor(join(dir, 'scratch.db'), name);
  rmSync(dir, { recursive: true, force: true });

  const scratch = `roster_migrate_${process.pid}`;
  const admin = new pg.Client({ connectionString: testPgUrl });
  await admin.connect();
  await admin.query(`create database ${scratch}`);
  try {
    const url = new URL(testPgUrl);
    url.pathname = `/${scratch}`;
    await createFor(url.toString(), name);
  } finally {
    await admin.query(`drop database ${scratch} with (force)`);
    await admin.end();
  }
  writeIndex('sqlite');
  writeIndex('postgresql');
}

const [command, name] = process.argv.slice(2);
if (command === 'up') await up();
else if (command === 'create') await create(name);
else {
  console.error('usage: migrate up | migrate create [name]');
  process.exit(2);
}
