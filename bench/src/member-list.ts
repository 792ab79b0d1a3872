// `pnpm bench member-list`: Roster's `GET /trpc/member.list` on an organization of 10,000 members
// (plus its owner, BENCH_MEMBERS to change), first page and a search, against the baseline's route
// doing the same session and membership checks and the same two queries.
import { compareServers } from './compare.js';
import { migrateAndSeed, openBenchDatabase, openOrm, seedMembers } from './database.js';
import type { BenchSettings } from './env.js';
import type { LoadResult } from './load.js';
import { startBaseline, startRoster } from './servers.js';
import { printTable, summarize, writeResult, type Outcome } from './summary.js';

export async function memberListBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'member_list');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const seeding = performance.now();
  await seedMembers(db.url, seed.orgId, settings.members);
  const members = settings.members + 1;
  console.log(
    `bench: ${members.toLocaleString('en-US')} members (owner included), seeded in ` +
      `${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const roster = await startRoster({ db: { orm, database: db.url } });
  const baseline = await startBaseline({ databaseUrl: db.url, poolMax: settings.poolMax });
  const requests = [
    { name: 'first page', input: { orgId: seed.orgId } },
    { name: 'search "user-42"', input: { orgId: seed.orgId, search: 'user-42' } },
  ];

  const outcomes: Outcome[] = [];
  const results: { request: string; input: object; runs: LoadResult[] }[] = [];
  for (const { name, input } of requests) {
    const request = `member.list ${name}, ${members.toLocaleString('en-US')} members`;
    console.log(`\nbench: ${request}`);
    const path = `/trpc/member.list?input=${encodeURIComponent(JSON.stringify(input))}`;
    const runs = await compareServers({
      roster,
      baseline,
      path,
      cookie: seed.cookie,
      settings,
      sameValues: true,
    });
    const figures = { roster: summarize(runs, 'roster'), baseline: summarize(runs, 'baseline') };
    outcomes.push({ kind: 'http', bench: 'member-list', request, ...figures });
    results.push({ request, input: { ...input, orgId: '…' }, runs });
  }

  console.log('');
  printTable([
    ['member.list (median of rounds)', 'server', 'req/s', 'p50 (ms)', 'p99 (ms)', 'CPU/request (ms)'],
    ...outcomes.flatMap((o) =>
      o.kind === 'http'
        ? (['baseline', 'roster'] as const).map((server) => [
            o.request,
            server,
            String(o[server].requestsPerSecond),
            String(o[server].p50),
            String(o[server].p99),
            o[server].cpuMsPerRequest?.toFixed(2) ?? '?',
          ])
        : [],
    ),
  ]);
  writeResult('member-list', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    members,
    summary: outcomes,
    results,
  });
  return outcomes;
}
