// `pnpm bench org-get`: Roster's `GET /trpc/org.get` against the bare baseline doing the same
// session, membership and seat queries; with BENCH_PROFILE=1, a CPU profile of the Roster API.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareServers } from './compare.js';
import { migrateAndSeed, openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { printProfileSummary, summarizeProfile, type ProfileSummary } from './profile.js';
import { report } from './report.js';
import { startBaseline, startRoster } from './servers.js';
import { resultsDir, type Outcome } from './summary.js';

const profileDir = join(resultsDir, 'profiles');

export async function orgGetBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'org_get');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);

  if (settings.profile) mkdirSync(profileDir, { recursive: true });
  const roster = await startRoster({
    db: { orm, database: db.url },
    nodeFlags: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  const baseline = await startBaseline({ databaseUrl: db.url, poolMax: settings.poolMax });

  const path = `/trpc/org.get?input=${encodeURIComponent(JSON.stringify({ orgId: seed.orgId }))}`;
  const runs = await compareServers({
    roster,
    baseline,
    path,
    cookie: seed.cookie,
    settings,
    sameValues: false,
  });

  // Let the requests still queued in the server when autocannon hung up finish before it stops.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await roster.stop();
  let profile: ProfileSummary | undefined;
  if (settings.profile) {
    const newest = readdirSync(profileDir)
      // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main one (tsx's
      // module loader thread writes its own profile).
      .filter((f) => new RegExp(`\\.${roster.pid}\\.0\\.\\d+\\.cpuprofile$`).test(f))
      .map((f) => join(profileDir, f))
      .sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs)[0];
    if (newest) {
      profile = summarizeProfile(newest);
      printProfileSummary(profile);
      console.log(`\n(profile: ${newest}; open it in Chrome DevTools → Performance)`);
    } else console.warn('bench: the Roster API wrote no CPU profile');
  }
  const figures = report({ runs, profile, settings });
  return [{ kind: 'http', bench: 'org-get', request: 'org.get', ...figures }];
}
