// What each benchmark hands back, the table printed at the end of `pnpm bench`, and the JSON
// files under bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { median, type LoadResult } from './load.js';
import { benchDir } from './servers.js';

export const resultsDir = join(benchDir, 'results');
export const machine = `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`;

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number | null;
}

/** The medians of one server's runs. */
export function summarize(runs: LoadResult[], server: string): Figures {
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

export interface DeliveryFigures {
  invitations: number;
  /** From the first `invitation.create` request to the last invitation email received. */
  totalSeconds: number;
  /** The `invitation.create` requests alone. */
  creationSeconds: number;
  emailsPerSecond: number;
  distinctRecipients: number;
  duplicates: number;
  /** CPU time of the API process during creation, per invitation (null where /proc is missing). */
  apiMsPerInvitation: number | null;
  /** CPU time of the benchmark process (worker and SMTP server) from first request to last email. */
  workerMsPerEmail: number;
}

export interface TransferFigures {
  /** The file's size in MiB. */
  mib: number;
  /** Medians in MiB/s. */
  roster: { upload: number; download: number };
  baseline: { upload: number; download: number };
  /** Medians of the server process's CPU seconds per GiB moved (null where /proc is missing). */
  cpuSecondsPerGiB: {
    roster: { upload: number | null; download: number | null };
    baseline: { upload: number | null; download: number | null };
  };
  /** The API process's RSS before the measured rounds, and its highest during them. */
  rssBeforeMiB: number | null;
  peakRssMiB: number | null;
  target: number;
}

export interface RollupFigures {
  /** Counter fields pending in Redis before the rollup (two per row). */
  counters: number;
  /** usage_daily rows they went into. */
  rows: number;
  /** Medians of the rounds. */
  seconds: number;
  countersPerSecond: number;
  rowsPerSecond: number;
  runs: { round: number; seconds: number; countersPerSecond: number; rowsPerSecond: number }[];
}

export interface MeteringFigures {
  /** The file's size in MiB. */
  mib: number;
  /** Medians in MiB/s of the same download through an API that meters and one that does not. */
  metered: number;
  unmetered: number;
  /** 1 − metered / unmetered (negative: metered was the faster, within the noise). */
  cost: number;
  /** The highest cost the target allows. */
  target: number;
}

export type Outcome =
  | { kind: 'http'; bench: string; request: string; roster: Figures; baseline: Figures }
  | { kind: 'delivery'; bench: string; figures: DeliveryFigures }
  | { kind: 'neighbour'; bench: string; quiet: Figures; burst: Figures; target: number }
  | { kind: 'transfer'; bench: string; figures: TransferFigures }
  | { kind: 'rollup'; bench: string; figures: RollupFigures }
  | { kind: 'metering'; bench: string; figures: MeteringFigures }
  | { kind: 'failed'; bench: string; error: string };

/** Writes bench/results/<name>.json. */
export function writeResult(name: string, result: object): void {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, ...result }, null, 2)}\n`);
  console.log(`bench: wrote ${file}`);
}

export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => (j ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export function printSummary(outcomes: Outcome[]): void {
  console.log(`\n=== Summary (${machine}) ===`);
  const http = outcomes.filter((o) => o.kind === 'http');
  if (http.length) {
    console.log('');
    printTable([
      ['request', 'Roster req/s', 'p99', 'baseline req/s', 'p99', 'Roster/baseline'],
      ...http.map((o) => [
        o.request,
        int(o.roster.requestsPerSecond),
        `${o.roster.p99} ms`,
        int(o.baseline.requestsPerSecond),
        `${o.baseline.p99} ms`,
        `${(o.roster.requestsPerSecond / o.baseline.requestsPerSecond).toFixed(2)}×`,
      ]),
    ]);
  }
  for (const o of outcomes) {
    if (o.kind !== 'delivery') continue;
    const f = o.figures;
    console.log('');
    printTable([
      ['invitations end to end', 'value'],
      ['invitations created (requests of 100)', int(f.invitations)],
      ['first create request → last email received', `${f.totalSeconds.toFixed(1)} s`],
      ['creation alone (invitation.create requests)', `${f.creationSeconds.toFixed(1)} s`],
      ['emails per second (over the whole)', f.emailsPerSecond.toFixed(1)],
      ['distinct recipients', int(f.distinctRecipients)],
      ['duplicate emails', int(f.duplicates)],
      ['API CPU per invitation created', `${f.apiMsPerInvitation?.toFixed(1) ?? '?'} ms`],
      ['worker (+ SMTP server) CPU per email', `${f.workerMsPerEmail.toFixed(1)} ms`],
    ]);
  }
  for (const o of outcomes) {
    if (o.kind !== 'neighbour') continue;
    console.log('');
    printTable([
      ["another organization's org.get", 'req/s', 'p99', 'share'],
      ['without a burst', int(o.quiet.requestsPerSecond), `${o.quiet.p99} ms`, '1.00×'],
      [
        "during one organization's invitation burst",
        int(o.burst.requestsPerSecond),
        `${o.burst.p99} ms`,
        `${(o.burst.requestsPerSecond / o.quiet.requestsPerSecond).toFixed(2)}× (target ${o.target.toFixed(2)})`,
      ],
    ]);
  }
  for (const o of outcomes) {
    if (o.kind !== 'transfer') continue;
    const f = o.figures;
    const share = (key: 'upload' | 'download') =>
      `${(f.roster[key] / f.baseline[key]).toFixed(2)}× (target ${f.target.toFixed(2)})`;
    console.log('');
    printTable([
      [`${int(f.mib)} MiB through /v1`, 'Roster MiB/s', 'baseline MiB/s', 'Roster/baseline'],
      ['upload', String(f.roster.upload), String(f.baseline.upload), share('upload')],
      ['download', String(f.roster.download), String(f.baseline.download), share('download')],
      ['API RSS before → peak', `${f.rssBeforeMiB ?? '?'} → ${f.peakRssMiB ?? '?'} MiB`, '', ''],
    ]);
  }
  printUsageSummary(outcomes);
  const failed = outcomes.filter((o) => o.kind === 'failed');
  if (failed.length) {
    console.log('');
    for (const o of failed) console.log(`FAILED ${o.bench}: ${o.error}`);
  }
}

/** The usage benchmarks' tables: metering's cost on downloads, the rollup's throughput. */
function printUsageSummary(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    if (o.kind !== 'metering') continue;
    const f = o.figures;
    console.log('');
    printTable([
      [`${int(f.mib)} MiB download through /v1`, 'MiB/s', 'cost'],
      ['unmetered (USAGE_METERING=off)', String(f.unmetered), ''],
      [
        'metered',
        String(f.metered),
        `${(f.cost * 100).toFixed(1)}% (target < ${(f.target * 100).toFixed(0)}%)`,
      ],
    ]);
  }
  for (const o of outcomes) {
    if (o.kind !== 'rollup') continue;
    const f = o.figures;
    console.log('');
    printTable([
      ['usage rollup on PostgreSQL', 'counters/s', 'rows/s', 'time'],
      [
        `${int(f.counters)} counters → ${int(f.rows)} rows`,
        int(f.countersPerSecond),
        int(f.rowsPerSecond),
        `${f.seconds} s`,
      ],
    ]);
  }
}
