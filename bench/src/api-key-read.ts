// `pnpm bench api-key-read`: an application's read, `GET /v1/assets/:id` with an API key
// (`Authorization: Bearer rst_…`), against the bare node:http + pg baseline doing the same key
// check (cached key row) and asset query (baseline-asset-get.ts), answering the same JSON: req/s
// and p99, alternating rounds, medians.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { compareServers } from './compare.js';
import { seedContentProject } from './content-seed.js';
import { migrateAndSeed, openBenchDatabase, openOrm, type Seed } from './database.js';
import type { BenchSettings } from './env.js';
import { printProfileSummary, summarizeProfile } from './profile.js';
import { startBaseline, startRoster, type Server } from './servers.js';
import { machine, printTable, resultsDir, summarize, writeResult, type Outcome } from './summary.js';

/** Roster must serve at least this share of the baseline's requests per second. */
const target = 0.6;

/**
 * The organization's requests per minute, as an operator's override (`roster set-limit`): far
 * above what the benchmark sends, so that it measures reads and not 429s. The guard still counts
 * every request in its window, as for any key.
 */
async function liftRateLimit(databaseUrl: string, orgId: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`update organizations set limits = $2 where id = $1`, [
      orgId,
      JSON.stringify({ requestsPerMinute: 1_000_000_000 }),
    ]);
  } finally {
    await client.end();
  }
}

/** A small file uploaded by the owner through /v1; its id. */
async function uploadAsset(url: string, projectId: string, seed: Seed): Promise<string> {
  const res = await fetch(`${url}/v1/projects/${projectId}/assets?name=report.pdf`, {
    method: 'POST',
    headers: { cookie: seed.cookie, origin: url, 'content-type': 'application/octet-stream' },
    body: randomBytes(4096),
  });
  if (res.status !== 201) throw new Error(`the upload answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** A key with `content:read` on every project, created by the owner as the web app does (apiKey.create). */
async function createKey(url: string, seed: Seed): Promise<string> {
  const res = await fetch(`${url}/trpc/apiKey.create`, {
    method: 'POST',
    headers: { cookie: seed.cookie, origin: url, 'content-type': 'application/json' },
    body: JSON.stringify({ orgId: seed.orgId, name: 'Bench reader', scopes: ['content:read'] }),
  });
  if (res.status !== 200) throw new Error(`apiKey.create answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { result: { data: { secret: string } } }).result.data.secret;
}

const profileDir = join(resultsDir, 'profiles');

/** With BENCH_PROFILE=1: the API's CPU profile (written as it stops), its hot spots printed. */
async function printProfile(roster: Server): Promise<void> {
  await roster.stop();
  const newest = readdirSync(profileDir)
    .filter((f) => new RegExp(`\\.${roster.pid}\\.0\\.\\d+\\.cpuprofile$`).test(f))
    .map((f) => join(profileDir, f))[0];
  if (!newest) return console.warn('bench: the Roster API wrote no CPU profile');
  printProfileSummary(summarizeProfile(newest));
  console.log(`\n(profile: ${newest}; open it in Chrome DevTools → Performance)`);
}

export async function apiKeyReadBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'api_key_read');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const { projectId } = await seedContentProject(orm, db.url, seed);
  await liftRateLimit(db.url, seed.orgId);
  if (settings.profile) mkdirSync(profileDir, { recursive: true });
  const roster = await startRoster({
    db: { orm, database: db.url },
    nodeFlags: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const baseline = await startBaseline({ databaseUrl: db.url, poolMax: settings.poolMax });
  const assetId = await uploadAsset(roster.url, projectId, seed);
  const secret = await createKey(roster.url, seed);

  const runs = await compareServers({
    roster,
    baseline,
    path: `/v1/assets/${assetId}`,
    cookie: '',
    authorization: `Bearer ${secret}`,
    settings,
    sameValues: true,
  });
  // Let the requests still queued when autocannon hung up finish before the servers stop.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  if (settings.profile) await printProfile(roster);
  const figures = { roster: summarize(runs, 'roster'), baseline: summarize(runs, 'baseline') };
  const ratio = figures.roster.requestsPerSecond / figures.baseline.requestsPerSecond;
  console.log('');
  printTable([
    ['GET /v1/assets/{id} with an API key', 'req/s', 'p50 (ms)', 'p99 (ms)', 'CPU/request (ms)'],
    ...(['baseline', 'roster'] as const).map((name) => {
      const s = figures[name];
      return [
        name === 'baseline'
          ? 'baseline (node:http + pg, cached key, one query)'
          : 'Roster /v1 (Fastify, guard, metering)',
        String(s.requestsPerSecond),
        String(s.p50),
        String(s.p99),
        String(s.cpuMsPerRequest ?? '?'),
      ];
    }),
  ]);
  const verdict = ratio >= target ? 'meets' : 'BELOW';
  console.log(
    `\nRoster / baseline req/s: ${ratio.toFixed(2)} (${verdict} the target of ${target.toFixed(2)})`,
  );
  console.log(
    `${machine}; ${settings.connections} connections, ${settings.rounds} × ${settings.duration} s per server after ${settings.warmup} s warm-up, median`,
  );
  writeResult('api-key-read', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    request: 'GET /v1/assets/:assetId with Authorization: Bearer rst_…',
    summary: { ...figures, ratio: Number(ratio.toFixed(3)), target, meetsTarget: ratio >= target },
    runs,
  });
  return [{ kind: 'http', bench: 'api-key-read', request: 'GET /v1/assets/{id} (API key)', ...figures }];
}
