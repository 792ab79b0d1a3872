// The settings tests run with, read in this one place (ARCHITECTURE rule 10).

/** TEST_DATABASE: `sqlite` (in memory, the default) or `postgresql`. */
export const testDatabaseKind = () => process.env.TEST_DATABASE ?? 'sqlite';

/** TEST_PG_URL: the PostgreSQL server on which test databases are created and dropped. */
export const testPgUrl = () => process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** REDIS_URL: the Redis that tests' queues and limits use, each under a fresh prefix. */
export const testRedisUrl = () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The environment of a process a test starts: this one's (PATH, REDIS_URL…) plus `extra`. */
export const childEnvironment = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
});
