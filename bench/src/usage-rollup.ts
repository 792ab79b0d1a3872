// `pnpm bench usage-rollup`: 100,000 usage counters pending in Redis (BENCH_USAGE_COUNTERS), in
// distinct organization / day / project / API key fields as many keys' busy minutes leave them,
// moved into usage_daily on PostgreSQL by one `rollupUsage` (what the worker's job runs every
// minute): counters/s and rows/s, and the database's totals checked against what was counted.
import { randomBytes, randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { counterField, rollupUsage, usageKeys } from '@roster/core';
import { forkEm } from '@roster/db';
import { seedOrganization } from '@roster/testing/factories';
import { openRedis } from '@roster/testing/redis';
import pg from 'pg';
import { onCleanUp } from './cleanup.js';
import { migrateAndSeed, openBenchDatabase, openOrm, type Seed } from './database.js';
import type { BenchSettings } from './env.js';
import { median } from './load.js';
import { machine, printTable, writeResult, type Outcome, type RollupFigures } from './summary.js';

type Redis = ReturnType<typeof openRedis>;

const orgCount = 10;
const dayCount = 10;
const projectCount = 50;
/** Each row (organization, day, project, key) holds two counters: API calls and bytes out. */
const countersPerRow = 2;

interface Layout {
  orgIds: string[];
  projectIds: string[];
  keyIds: string[];
}

async function organizations(orm: MikroORM, seed: Seed): Promise<string[]> {
  const ids = [seed.orgId];
  while (ids.length < orgCount) ids.push((await seedOrganization(orm, { name: `Rollup ${ids.length}` })).id);
  return ids;
}

/** Fills `pending` with `rows` distinct rows' counters for `days`; returns the sums written. */
async function fillPending(redis: Redis, prefix: string, layout: Layout, days: string[], rows: number) {
  const pending = usageKeys(prefix).pending;
  const sums = { apiCalls: 0, bandwidthOut: 0 };
  let fields: Record<string, number> = {};
  const flush = async () => {
    if (Object.keys(fields).length) await redis.hset(pending, fields);
    fields = {};
  };
  for (let i = 0; i < rows; i++) {
    const org = layout.orgIds[i % orgCount]!;
    const day = days[Math.floor(i / orgCount) % dayCount]!;
    const project = layout.projectIds[Math.floor(i / (orgCount * dayCount)) % projectCount]!;
    const key = layout.keyIds[Math.floor(i / (orgCount * dayCount * projectCount))]!;
    const calls = 1 + (i % 997);
    const bytes = 1000 * (1 + (i % 4999));
    fields[counterField(org, day, project, key, 'apiCalls')] = calls;
    fields[counterField(org, day, project, key, 'bandwidthOut')] = bytes;
    sums.apiCalls += calls;
    sums.bandwidthOut += bytes;
    if (i % 5000 === 4999) await flush();
  }
  await flush();
  return sums;
}

/** What usage_daily holds for these days. */
async function totalsOf(databaseUrl: string, days: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ rows: string; calls: string; bytes: string }>(
      `select count(*) as rows, coalesce(sum(api_calls), 0) as calls, coalesce(sum(bandwidth_out), 0) as bytes
         from usage_daily where day = any($1)`,
      [days],
    );
    return {
      rows: Number(rows[0]!.rows),
      apiCalls: Number(rows[0]!.calls),
      bandwidthOut: Number(rows[0]!.bytes),
    };
  } finally {
    await client.end();
  }
}

/** `count` UTC days ending `offset` days before today, as YYYY-MM-DD. */
function daysBefore(offset: number, count: number): string[] {
  const dayMs = 24 * 3600 * 1000;
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.now() - (offset + i) * dayMs).toISOString().slice(0, 10),
  );
}

export async function usageRollupBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'usage_rollup');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const rowsPerRun = Math.ceil(settings.usageCounters / countersPerRow);
  const keyCount = Math.ceil(rowsPerRun / (orgCount * dayCount * projectCount));
  const layout: Layout = {
    orgIds: await organizations(orm, seed),
    projectIds: Array.from({ length: projectCount }, () => randomUUID()),
    keyIds: Array.from({ length: keyCount }, () => randomUUID()),
  };
  const redis = openRedis(settings.redisUrl);
  const prefix = `roster-bench-${randomBytes(4).toString('hex')}`;
  onCleanUp('delete the usage keys and disconnect from Redis', async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const runs: RollupFigures['runs'] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    // Each round on days of its own: every row is a new one, as a day's first rollup finds them.
    const days = daysBefore((round - 1) * dayCount, dayCount);
    const sums = await fillPending(redis, prefix, layout, days, rowsPerRun);
    process.stdout.write(
      `bench: round ${round}/${settings.rounds}, ${(rowsPerRun * countersPerRow).toLocaleString('en-US')} counters … `,
    );
    const started = performance.now();
    const result = await rollupUsage({ em: forkEm(orm), redis, prefix, now: new Date() });
    const seconds = (performance.now() - started) / 1000;
    const held = await totalsOf(db.url, days);
    if (result.counters !== rowsPerRun * countersPerRow || held.rows !== rowsPerRun)
      throw new Error(`the rollup moved ${result.counters} counters into ${held.rows} rows`);
    if (held.apiCalls !== sums.apiCalls || held.bandwidthOut !== sums.bandwidthOut)
      throw new Error(`usage_daily holds ${JSON.stringify(held)}, not the ${JSON.stringify(sums)} counted`);
    const run = {
      round,
      seconds: Number(seconds.toFixed(3)),
      countersPerSecond: Math.round(result.counters / seconds),
      rowsPerSecond: Math.round(result.rows / seconds),
    };
    console.log(
      `${run.seconds} s: ${run.countersPerSecond} counters/s, ${run.rowsPerSecond} rows/s (totals exact)`,
    );
    runs.push(run);
  }
  const figures: RollupFigures = {
    counters: rowsPerRun * countersPerRow,
    rows: rowsPerRun,
    seconds: median(runs.map((r) => r.seconds)),
    countersPerSecond: Math.round(median(runs.map((r) => r.countersPerSecond))),
    rowsPerSecond: Math.round(median(runs.map((r) => r.rowsPerSecond))),
    runs,
  };
  console.log('');
  printTable([
    ['one rollupUsage on PostgreSQL', 'value'],
    ['counters pending (distinct fields)', figures.counters.toLocaleString('en-US')],
    ['usage_daily rows written', figures.rows.toLocaleString('en-US')],
    ['time (median)', `${figures.seconds} s`],
    ['counters per second', figures.countersPerSecond.toLocaleString('en-US')],
    ['rows per second', figures.rowsPerSecond.toLocaleString('en-US')],
  ]);
  console.log(`${machine}; ${settings.rounds} rounds, median`);
  writeResult('usage-rollup', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    summary: figures,
  });
  return [{ kind: 'rollup', bench: 'usage-rollup', figures }];
}
