// The org.get benchmark's results: medians per server, the table, results/org-get.json, a README
// snippet.
import type { BenchSettings } from './env.js';
import type { LoadResult } from './load.js';
import type { ProfileSummary } from './profile.js';
import { machine, printTable, summarize, writeResult } from './summary.js';

/** Roster must serve at least this share of the baseline's requests per second. */
const target = 0.5;

interface Report {
  runs: LoadResult[];
  profile: ProfileSummary | undefined;
  settings: BenchSettings;
}

/** Prints the table and the README snippet, and writes results/org-get.json. */
export function report({ runs, profile, settings }: Report) {
  const baseline = summarize(runs, 'baseline');
  const roster = summarize(runs, 'roster');
  const ratio = roster.requestsPerSecond / baseline.requestsPerSecond;
  const cpuRatio =
    roster.cpuMsPerRequest && baseline.cpuMsPerRequest
      ? roster.cpuMsPerRequest / baseline.cpuMsPerRequest
      : null;
  const conditions =
    `${settings.connections} connections, ${settings.rounds} × ${settings.duration} s per server ` +
    `after ${settings.warmup} s warm-up, median`;
  const servers = [
    { name: 'baseline (node:http + pg, same queries)', s: baseline },
    { name: 'Roster (Fastify + tRPC + MikroORM)', s: roster },
  ];
  const cpu = (ms: number | null) => (ms === null ? '?' : ms.toFixed(2));

  const rows = [
    ['server', 'req/s', 'p50 (ms)', 'p99 (ms)', 'CPU/request (ms)'],
    ...servers.map(({ name, s }) => [
      name,
      String(s.requestsPerSecond),
      String(s.p50),
      String(s.p99),
      cpu(s.cpuMsPerRequest),
    ]),
  ];
  console.log('');
  printTable(rows);
  const verdict = ratio >= target ? 'meets' : 'BELOW';
  console.log(
    `\nRoster / baseline req/s: ${ratio.toFixed(2)} (${verdict} the target of ${target.toFixed(2)})`,
  );
  if (cpuRatio)
    console.log(
      `Roster / baseline CPU per request: ${cpuRatio.toFixed(1)}× (steadier than req/s on a busy machine)`,
    );
  console.log(`${machine}; ${conditions}`);

  writeResult('org-get', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    request: 'GET /trpc/org.get?input={"orgId":"…"} with the session cookie',
    summary: {
      baseline,
      roster,
      ratio: Number(ratio.toFixed(3)),
      cpuRatio: cpuRatio === null ? null : Number(cpuRatio.toFixed(2)),
      target,
      meetsTarget: ratio >= target,
    },
    runs,
    profile,
  });

  console.log('\nREADME snippet:\n');
  console.log('| `GET /trpc/org.get` on PostgreSQL | req/s | p50 | p99 | CPU/request |');
  console.log('|---|---:|---:|---:|---:|');
  for (const { name, s } of servers) {
    console.log(
      `| ${name} | ${s.requestsPerSecond} | ${s.p50} ms | ${s.p99} ms | ${cpu(s.cpuMsPerRequest)} ms |`,
    );
  }
  console.log(
    `\nRoster serves ${(ratio * 100).toFixed(0)}% of the baseline's requests per second ` +
      `(target ≥ ${target * 100}%)${cpuRatio ? ` and spends ${cpuRatio.toFixed(1)}× its CPU per request` : ''}.`,
  );
  console.log(`${machine}; ${conditions}. Reproduce with \`pnpm bench org-get\`.`);
  return { baseline, roster };
}
