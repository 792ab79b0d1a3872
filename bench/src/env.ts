// The benchmark's settings, read once (ARCHITECTURE rule 10). Every one has a default.

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`bench: setting ${name} must be a whole number, not "${raw}"`);
    process.exit(1);
  }
  return value;
}

/** Settings of `pnpm bench` (src/main.ts). */
export function benchSettings() {
  return {
    /** An existing PostgreSQL database to use (migrated, not dropped). Unset → a fresh one. */
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    /** The server on which the fresh `roster_bench_<pid>` database is created and dropped. */
    adminUrl: process.env.BENCH_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    connections: int('BENCH_CONNECTIONS', 10),
    /** Seconds measured per run, after `warmup` seconds that are not. */
    duration: int('BENCH_DURATION', 10),
    warmup: int('BENCH_WARMUP', 3),
    /** Runs per server, in the order B R R B B R …; the median of each figure is reported. */
    rounds: Math.max(1, int('BENCH_ROUNDS', 3)),
    /** Pool size of both servers (MikroORM's default, from @roster/db, is 10). */
    poolMax: int('BENCH_POOL_MAX', 10),
    /** 1 → the Roster API runs with --cpu-prof and its hot spots are printed at the end (org.get). */
    profile: process.env.BENCH_PROFILE === '1',
    /** member.list: members seeded in the organization besides its owner. */
    members: Math.max(1, int('BENCH_MEMBERS', 10_000)),
    /** invitations: how many are created (in requests of 100) and must each be mailed once. */
    invitations: Math.max(1, int('BENCH_INVITATIONS', 1000)),
    /** invitations: jobs the worker runs at once (the worker's WORKER_CONCURRENCY default). */
    workerConcurrency: Math.max(1, int('BENCH_WORKER_CONCURRENCY', 5)),
    /** noisy-neighbour: clients sending invitation.create in the busy organization at once. */
    burstConnections: Math.max(1, int('BENCH_BURST_CONNECTIONS', 30)),
    /** content-transfer: the size of the file uploaded and downloaded, in MiB (1 GiB by default). */
    transferMiB: Math.max(1, int('BENCH_TRANSFER_MIB', 1024)),
    /** content-list: assets seeded in the one folder listed. */
    contentItems: Math.max(1, int('BENCH_CONTENT_ITEMS', 100_000)),
    /** usage-rollup: counters pending in Redis for one rollup (two per usage_daily row). */
    usageCounters: Math.max(2, int('BENCH_USAGE_COUNTERS', 100_000)),
    /** metering: the size of the file downloaded, in MiB. */
    meteringMiB: Math.max(1, int('BENCH_METERING_MIB', 256)),
    /** invitations: seconds to wait for every email before failing. */
    deliveryTimeout: Math.max(1, int('BENCH_DELIVERY_TIMEOUT', 600)),
  };
}

export type BenchSettings = ReturnType<typeof benchSettings>;

/** Settings of the baseline server (src/baseline-server.ts), given by main.ts. */
export function baselineSettings() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('baseline: setting DATABASE_URL is missing');
    process.exit(1);
  }
  return { databaseUrl, port: int('PORT', 3100), poolMax: int('POOL_MAX', 10) };
}

/** Settings of the content-transfer baseline (src/baseline-transfer-server.ts), given by servers.ts. */
export function transferBaselineSettings() {
  const directory = process.env.TRANSFER_DIR;
  if (!directory) {
    console.error('transfer baseline: setting TRANSFER_DIR is missing');
    process.exit(1);
  }
  return { directory, port: int('PORT', 3101) };
}
