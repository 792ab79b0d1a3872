// The benchmark's results: medians per server, the table, results/latest.json, a README snippet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchSettings } from './env.js';
import { median, type LoadResult } from './load.js';
import type { ProfileSummary } from './profile.js';

/** Roster must serve at least this share of the baseline's requests per second. */
const target = 0.5;

interface Report {
  runs: LoadResult[];
  profile: ProfileSummary | undefined;
  settings: BenchSettings;
  resultsDir: string;
}

function summarize(runs: LoadResult[], server: string) {
  const mine = runs.filter((r) => r.server === server);
  return {
    requestsPerSecond: Math.round(median(mine.map((r) => r.requestsPerSecond))),
    p50: median(mine.map((r) => r.p50)),
    p99: median(mine.map((r) => r.p99)),
    cpuMsPerRequest: mine.every((r) => r.cpuMsPerRequest !== null)
      ? Number(median(mine.map((r) => r.cpuMsPerRequest!)).toFixed(3))
      : null,
  };
}

/** Prints the table and the README snippet, and writes results/latest.json. */
export function report({ runs, profile, settings, resultsDir }: Report) {
  const baseline = summarize(runs, 'baseline');
  const roster = summarize(runs, 'roster');
  const ratio = roster.requestsPerSecond / baseline.requestsPerSecond;
  const cpuRatio =
    roster.cpuMsPerRequest && baseline.cpuMsPerRequest
      ? roster.cpuMsPerRequest / baseline.cpuMsPerRequest
      : null;
  const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`;
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
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log('');
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const verdict = ratio >= target ? 'meets' : 'BELOW';
  console.log(
    `\nRoster / baseline req/s: ${ratio.toFixed(2)} (${verdict} the target of ${target.toFixed(2)})`,
  );
  if (cpuRatio)
    console.log(
      `Roster / baseline CPU per request: ${cpuRatio.toFixed(1)}× (steadier than req/s on a busy machine)`,
    );
  console.log(`${machine}; ${conditions}`);

  const result = {
    date: new Date().toISOString(),
    machine,
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
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nbench: wrote ${join(resultsDir, 'latest.json')}`);

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
  console.log(`${machine}; ${conditions}. Reproduce with \`pnpm bench\`.`);
}
