// `pnpm bench content-list`: Roster's `GET /trpc/content.list` (the first page of a folder of
// 100,000 assets, BENCH_CONTENT_ITEMS to change) against the baseline answering it with one plain
// SQL query (baseline-content-list.ts): requests per second and p99, alternating rounds; with
// BENCH_PROFILE=1, the hot spots of the API's CPU profile.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareServers } from './compare.js';
import { seedContentProject, seedFolderOfAssets } from './content-seed.js';
import { migrateAndSeed, openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { startBaseline, startRoster } from './servers.js';
import { printProfileSummary, summarizeProfile, type ProfileSummary } from './profile.js';
import { machine, printTable, resultsDir, summarize, writeResult, type Outcome } from './summary.js';

const profileDir = join(resultsDir, 'profiles');

/** With BENCH_PROFILE=1: the hot spots of the API's CPU profile (its main thread's, written as it stopped). */
function printProfileOf(pid: number | undefined): ProfileSummary | undefined {
  const newest = readdirSync(profileDir)
    .filter((f) => new RegExp(`\\.${pid}\\.0\\.\\d+\\.cpuprofile$`).test(f))
    .map((f) => join(profileDir, f))
    .sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs)[0];
  if (!newest) {
    console.warn('bench: the Roster API wrote no CPU profile');
    return undefined;
  }
  const profile = summarizeProfile(newest);
  printProfileSummary(profile);
  console.log(`\n(profile: ${newest}; open it in Chrome DevTools → Performance)`);
  return profile;
}

export async function contentListBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'content_list');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const { projectId } = await seedContentProject(orm, db.url, seed);
  const seeding = performance.now();
  const { folderId } = await seedFolderOfAssets(db.url, seed, projectId, settings.contentItems);
  const items = settings.contentItems.toLocaleString('en-US');
  console.log(
    `bench: a folder of ${items} assets, seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  if (settings.profile) mkdirSync(profileDir, { recursive: true });
  const roster = await startRoster({
    db: { orm, database: db.url },
    nodeFlags: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const baseline = await startBaseline({ databaseUrl: db.url, poolMax: settings.poolMax });
  const input = { orgId: seed.orgId, projectId, folderId };
  const path = `/trpc/content.list?input=${encodeURIComponent(JSON.stringify(input))}`;
  const request = `content.list first page, folder of ${items} assets`;
  console.log(`\nbench: ${request}`);
  const runs = await compareServers({
    roster,
    baseline,
    path,
    cookie: seed.cookie,
    settings,
    sameValues: true,
  });
  const figures = { roster: summarize(runs, 'roster'), baseline: summarize(runs, 'baseline') };
  // Let the requests still queued in the server when autocannon hung up finish before it stops.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await roster.stop();
  const profile = settings.profile ? printProfileOf(roster.pid) : undefined;

  const servers = [
    { name: 'baseline (node:http + pg, one query, no auth)', s: figures.baseline },
    { name: 'Roster (session, membership, project, folder, page)', s: figures.roster },
  ];
  console.log('');
  printTable([
    ['server', 'req/s', 'p50 (ms)', 'p99 (ms)', 'CPU/request (ms)'],
    ...servers.map(({ name, s }) => [
      name,
      String(s.requestsPerSecond),
      String(s.p50),
      String(s.p99),
      s.cpuMsPerRequest?.toFixed(2) ?? '?',
    ]),
  ]);
  const ratio = figures.roster.requestsPerSecond / figures.baseline.requestsPerSecond;
  console.log(`\nRoster / baseline req/s: ${ratio.toFixed(2)}; ${machine}`);
  writeResult('content-list', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    items: settings.contentItems,
    request:
      'GET /trpc/content.list?input={"orgId","projectId","folderId"} with the session cookie (first page, 100)',
    summary: { ...figures, ratio: Number(ratio.toFixed(3)) },
    runs,
    profile,
  });
  return [{ kind: 'http', bench: 'content-list', request, ...figures }];
}
