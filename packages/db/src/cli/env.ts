import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Where migrations run: DATABASE_URL, or the same default SQLite file the apps use. */
export const database = process.env.DATABASE_URL || `${repoRoot}.data/roster.db`;
export const testPgUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
