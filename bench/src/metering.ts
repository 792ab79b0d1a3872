// `pnpm bench metering`: what counting usage costs a download. The same large file (256 MiB,
// BENCH_METERING_MIB) downloaded through `GET /v1/assets/:id/content` from two API processes on
// the same database and storage, one metering (the default) and one started with
// USAGE_METERING=off, in alternating rounds; MiB/s and server CPU per GiB, medians. The metered
// process must have counted every byte it sent, and the other none.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usageKeys } from '@roster/core';
import { startApiProcess } from '@roster/testing/api-process';
import { freePort } from '@roster/testing/free-port';
import { openRedis } from '@roster/testing/redis';
import { onCleanUp } from './cleanup.js';
import { seedContentProject } from './content-seed.js';
import { migrateAndSeed, openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { cpuSecondsOf, median } from './load.js';
import type { Server } from './servers.js';
import { machine, printTable, writeResult, type MeteringFigures, type Outcome } from './summary.js';
import { download, transferBody, upload } from './transfer-client.js';

/** Metering may cost at most this share of the download throughput. */
const target = 0.1;
/** Downloads per measured run (one is too short to time on a busy machine). */
const downloadsPerRun = 3;

type Variant = 'metered' | 'unmetered';

async function startApi(
  name: Variant,
  env: { databaseUrl: string; redisUrl: string; prefix: string; dataDir: string },
): Promise<Server> {
  const port = await freePort();
  const api = await startApiProcess({
    port,
    env: {
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      REDIS_PREFIX: env.prefix,
      DATA_DIR: env.dataDir,
      USAGE_METERING: name === 'metered' ? 'on' : 'off',
    },
  });
  onCleanUp(`stop the ${name} API`, api.stop);
  return { name, url: api.url, pid: api.child.pid, stop: api.stop };
}

interface Run {
  server: Variant;
  round: number;
  mibPerSecond: number;
  cpuSecondsPerGiB: number | null;
}

export async function meteringBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'metering');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const { projectId } = await seedContentProject(orm, db.url, seed);
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-bench-data-'));
  onCleanUp(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));
  const prefix = `roster-bench-${randomBytes(4).toString('hex')}`;
  const redis = openRedis(settings.redisUrl);
  onCleanUp('delete the Redis keys and disconnect', async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });
  const env = { databaseUrl: db.url, redisUrl: settings.redisUrl, prefix, dataDir };
  const servers: Record<Variant, Server> = {
    metered: await startApi('metered', env),
    unmetered: await startApi('unmetered', env),
  };

  const mib = settings.meteringMiB;
  const body = transferBody(randomBytes(1024 * 1024), mib);
  const cookie = { cookie: seed.cookie };
  const url = `${servers.metered.url}/v1/projects/${projectId}/assets?name=metered.bin`;
  const stored = await upload(url, { ...cookie, origin: servers.metered.url }, body.stream(), body.size);
  const assetId = (stored.value as { id: string }).id;
  const path = `/v1/assets/${assetId}/content`;
  const sentBefore = await bytesOutCounted(redis, prefix, seed.orgId);

  const downloads: Record<Variant, number> = { metered: 0, unmetered: 0 };
  const fetchAll = async (server: Server, times: number) => {
    for (let i = 0; i < times; i++) {
      const got = await download(server.url + path, cookie);
      if (got.value !== body.size) throw new Error(`${server.name} sent ${got.value} of ${body.size} bytes`);
      downloads[server.name as Variant]++;
    }
  };
  // The upload went through the metered API (whatever it leaves behind weighs on metering's side).
  console.log(`bench: warming both APIs up with ${downloadsPerRun} unmeasured downloads of ${mib} MiB each`);
  for (const server of Object.values(servers)) await fetchAll(server, downloadsPerRun);

  const runs: Run[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order: Variant[] = round % 2 ? ['unmetered', 'metered'] : ['metered', 'unmetered'];
    for (const name of order) {
      const server = servers[name];
      process.stdout.write(`bench: round ${round}/${settings.rounds}, ${name.padEnd(9)} … `);
      const cpu0 = cpuSecondsOf(server.pid);
      const started = performance.now();
      await fetchAll(server, downloadsPerRun);
      const seconds = (performance.now() - started) / 1000;
      const cpu1 = cpuSecondsOf(server.pid);
      const gib = (mib * downloadsPerRun) / 1024;
      const run: Run = {
        server: name,
        round,
        mibPerSecond: Math.round(((mib * downloadsPerRun) / seconds) * 10) / 10,
        cpuSecondsPerGiB:
          cpu0 === null || cpu1 === null ? null : Math.round(((cpu1 - cpu0) / gib) * 100) / 100,
      };
      console.log(`${run.mibPerSecond} MiB/s (${run.cpuSecondsPerGiB ?? '?'} CPU s/GiB)`);
      runs.push(run);
    }
  }

  // Every byte the metered API sent is counted, none of the other's (it records once a response closes).
  const expected = downloads.metered * body.size;
  let counted = 0;
  for (let tries = 0; tries < 50 && counted !== expected; tries++) {
    counted = (await bytesOutCounted(redis, prefix, seed.orgId)) - sentBefore;
    if (counted !== expected) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (counted !== expected)
    throw new Error(`the metered API counted ${counted} bytes out, not the ${expected} it sent`);
  console.log(
    `bench: the metered API counted exactly the ${expected.toLocaleString('en-US')} bytes it sent; the other none`,
  );
  return [report(runs, mib, settings)];
}

/** The bytes out pending in Redis for an organization (every day, project and key). */
async function bytesOutCounted(redis: ReturnType<typeof openRedis>, prefix: string, orgId: string) {
  const fields = await redis.hgetall(usageKeys(prefix).pending);
  return Object.entries(fields)
    .filter(([field]) => field.startsWith(`${orgId}|`) && field.endsWith('|o'))
    .reduce((sum, [, value]) => sum + Number(value), 0);
}

function report(runs: Run[], mib: number, settings: BenchSettings): Outcome {
  const of = (server: Variant) => median(runs.filter((r) => r.server === server).map((r) => r.mibPerSecond));
  const cpuOf = (server: Variant) => {
    const values = runs.filter((r) => r.server === server).map((r) => r.cpuSecondsPerGiB);
    return values.every((v): v is number => v !== null) ? median(values) : null;
  };
  const figures: MeteringFigures = {
    mib,
    metered: of('metered'),
    unmetered: of('unmetered'),
    cost: Number((1 - of('metered') / of('unmetered')).toFixed(3)),
    target,
  };
  console.log('');
  printTable([
    [`${mib} MiB download, ${downloadsPerRun} per run`, 'MiB/s', 'CPU s/GiB'],
    ['unmetered API (USAGE_METERING=off)', String(figures.unmetered), String(cpuOf('unmetered') ?? '?')],
    ['metered API', String(figures.metered), String(cpuOf('metered') ?? '?')],
  ]);
  const cpu = { metered: cpuOf('metered'), unmetered: cpuOf('unmetered') };
  if (cpu.metered !== null && cpu.unmetered !== null)
    console.log(`CPU per GiB sent, metered / unmetered: ${(cpu.metered / cpu.unmetered).toFixed(2)}×`);
  const verdict = figures.cost < target ? 'meets' : 'MISSES';
  console.log(
    `\nmetering costs ${(figures.cost * 100).toFixed(1)}% of the download throughput (${verdict} the target of < ${target * 100}%)`,
  );
  console.log(`${machine}; ${settings.rounds} rounds per API, alternating, median`);
  writeResult('metering', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    request: 'GET /v1/assets/:assetId/content with the session cookie',
    summary: { ...figures, cpuSecondsPerGiB: { metered: cpuOf('metered'), unmetered: cpuOf('unmetered') } },
    runs,
  });
  return { kind: 'metering', bench: 'metering', figures };
}
