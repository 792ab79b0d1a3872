// `pnpm bench`: Roster's `org.get` over HTTP against a bare node:http + pg baseline doing the same
// work, both on PostgreSQL, each in its own process. Prints a table and a README snippet, and
// writes bench/results/latest.json.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openBenchDatabase, migrateAndSeed, type BenchDatabase } from './database.js';
import { benchSettings } from './env.js';
import { load, type LoadResult } from './load.js';
import { printProfileSummary, summarizeProfile, type ProfileSummary } from './profile.js';
import { report } from './report.js';
import { repoRoot, startServer, type Server } from './servers.js';

const settings = benchSettings();
const resultsDir = join(repoRoot, 'bench/results');
const profileDir = join(resultsDir, 'profiles');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The keys and value types of a JSON value: two answers of the same shape have the same one. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  }
  return value === null ? 'null' : typeof value;
}

async function probe(server: Server, path: string, cookie: string): Promise<string> {
  const res = await fetch(server.url + path, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${server.name} answered ${res.status} to ${path}: ${text}`);
  return text;
}

let db: BenchDatabase | undefined;
const servers: Server[] = [];
let cleaning: Promise<void> | undefined;
/** Stops the servers and drops the database, once, however often it is called. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await db?.drop();
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): act once.
    if (cleaning) return;
    console.error(`\nbench: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function run() {
  db = await openBenchDatabase(settings);
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const seed = await migrateAndSeed(db.url, settings.redisUrl);

  const [rosterPort, baselinePort] = [await freePort(), await freePort()];
  if (settings.profile) mkdirSync(profileDir, { recursive: true });
  const roster = await startServer({
    name: 'roster',
    entry: join(repoRoot, 'apps/api/src/main.ts'),
    cwd: join(repoRoot, 'apps/api'),
    port: rosterPort,
    nodeFlags: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    env: {
      DATABASE_URL: db.url,
      PORT: String(rosterPort),
      APP_URL: `http://127.0.0.1:${rosterPort}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      REDIS_URL: settings.redisUrl,
    },
  });
  servers.push(roster);
  const baseline = await startServer({
    name: 'baseline',
    entry: join(repoRoot, 'bench/src/baseline-server.ts'),
    cwd: join(repoRoot, 'bench'),
    port: baselinePort,
    env: {
      DATABASE_URL: db.url,
      PORT: String(baselinePort),
      POOL_MAX: String(settings.poolMax),
      NODE_ENV: 'production',
    },
  });
  servers.push(baseline);

  const path = `/trpc/org.get?input=${encodeURIComponent(JSON.stringify({ orgId: seed.orgId }))}`;
  const bodies = {
    roster: await probe(roster, path, seed.cookie),
    baseline: await probe(baseline, path, seed.cookie),
  };
  const [r, b] = [JSON.parse(bodies.roster) as unknown, JSON.parse(bodies.baseline) as unknown];
  if (!isDeepStrictEqual(shapeOf(r), shapeOf(b))) {
    throw new Error(
      `the answers differ in shape:\n  roster:   ${bodies.roster}\n  baseline: ${bodies.baseline}`,
    );
  }
  console.log(
    `bench: both answer 200 with the same shape${isDeepStrictEqual(r, b) ? ' and the same values' : ''}:`,
  );
  console.log(`  ${bodies.roster}`);

  const runs: LoadResult[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 ? [baseline, roster] : [roster, baseline];
    for (const server of order) {
      process.stdout.write(`bench: round ${round}/${settings.rounds}, ${server.name.padEnd(8)} … `);
      const result = await load(server.name, round, {
        url: server.url + path,
        cookie: seed.cookie,
        expectBody: bodies[server.name as 'roster' | 'baseline'],
        pid: server.child.pid,
        connections: settings.connections,
        duration: settings.duration,
        warmup: settings.warmup,
      });
      const cpu =
        result.cpuMsPerRequest === null ? '' : `, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request`;
      console.log(
        `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${cpu}`,
      );
      if (result.non2xx || result.errors || result.mismatches) {
        throw new Error(
          `${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} wrong bodies`,
        );
      }
      runs.push(result);
    }
  }

  // Let the requests still queued in the server when autocannon hung up finish before it stops.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await roster.stop();
  let profile: ProfileSummary | undefined;
  if (settings.profile) {
    const newest = readdirSync(profileDir)
      // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main one (tsx's
      // module loader thread writes its own profile).
      .filter((f) => new RegExp(`\\.${roster.child.pid}\\.0\\.\\d+\\.cpuprofile$`).test(f))
      .map((f) => join(profileDir, f))
      .sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs)[0];
    if (newest) {
      profile = summarizeProfile(newest);
      printProfileSummary(profile);
      console.log(`\n(profile: ${newest}; open it in Chrome DevTools → Performance)`);
    } else console.warn('bench: the Roster API wrote no CPU profile');
  }
  return { seed, runs, profile };
}

try {
  const { runs, profile } = await run();
  report({ runs, profile, settings, resultsDir });
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
