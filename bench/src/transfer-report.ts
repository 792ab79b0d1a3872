// content-transfer's results: medians per server and direction, the ratios to the baseline, the
// API's peak RSS against its RSS before the measured rounds, results/content-transfer.json.
import type { BenchSettings } from './env.js';
import { median } from './load.js';
import { machine, printTable, writeResult, type Outcome, type TransferFigures } from './summary.js';

/** Roster must move at least this share of the baseline's bytes per second, both ways. */
export const transferTarget = 0.8;

export interface TransferRun {
  server: 'roster' | 'baseline';
  round: number;
  uploadMiBps: number;
  downloadMiBps: number;
  /** The API process's highest RSS during the upload / download (Roster only). */
  uploadPeakRssMiB: number | null;
  downloadPeakRssMiB: number | null;
  /** CPU time the server process spent per GiB moved (steadier than MiB/s on a busy machine). */
  uploadCpuSecondsPerGiB: number | null;
  downloadCpuSecondsPerGiB: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function reportTransfer(options: {
  runs: TransferRun[];
  /** The API's RSS before any transfer, and after the warm-up (right before the measured rounds). */
  rssIdleMiB: number | null;
  rssBeforeMiB: number | null;
  settings: BenchSettings;
}): Outcome {
  const { runs, rssIdleMiB, rssBeforeMiB, settings } = options;
  const of = (server: TransferRun['server'], key: 'uploadMiBps' | 'downloadMiBps') =>
    round1(median(runs.filter((r) => r.server === server).map((r) => r[key])));
  const cpuOf = (
    server: TransferRun['server'],
    key: 'uploadCpuSecondsPerGiB' | 'downloadCpuSecondsPerGiB',
  ) => {
    const values = runs.filter((r) => r.server === server).map((r) => r[key]);
    return values.every((v): v is number => v !== null) ? Math.round(median(values) * 100) / 100 : null;
  };
  const peaks = runs
    .flatMap((r) => [r.uploadPeakRssMiB, r.downloadPeakRssMiB])
    .filter((n): n is number => n !== null);
  const figures: TransferFigures = {
    mib: settings.transferMiB,
    roster: { upload: of('roster', 'uploadMiBps'), download: of('roster', 'downloadMiBps') },
    baseline: { upload: of('baseline', 'uploadMiBps'), download: of('baseline', 'downloadMiBps') },
    cpuSecondsPerGiB: {
      roster: {
        upload: cpuOf('roster', 'uploadCpuSecondsPerGiB'),
        download: cpuOf('roster', 'downloadCpuSecondsPerGiB'),
      },
      baseline: {
        upload: cpuOf('baseline', 'uploadCpuSecondsPerGiB'),
        download: cpuOf('baseline', 'downloadCpuSecondsPerGiB'),
      },
    },
    rssBeforeMiB: rssBeforeMiB === null ? null : round1(rssBeforeMiB),
    peakRssMiB: peaks.length ? round1(Math.max(...peaks)) : null,
    target: transferTarget,
  };
  const ratio = (key: 'upload' | 'download') => figures.roster[key] / figures.baseline[key];
  const conditions = `${settings.rounds} rounds per server, alternating, median; ${machine}`;

  console.log('');
  printTable([
    [`${settings.transferMiB} MiB file`, 'upload (MiB/s)', 'download (MiB/s)'],
    [
      'baseline (node:http piping to/from a file)',
      String(figures.baseline.upload),
      String(figures.baseline.download),
    ],
    [
      'Roster /v1 (session, hash, sniff, temp+fsync+rename)',
      String(figures.roster.upload),
      String(figures.roster.download),
    ],
    ['Roster / baseline', ratio('upload').toFixed(2), ratio('download').toFixed(2)],
  ]);
  const cpu = figures.cpuSecondsPerGiB;
  console.log(
    `server CPU per GiB: upload Roster ${cpu.roster.upload ?? '?'} s vs baseline ${cpu.baseline.upload ?? '?'} s, ` +
      `download Roster ${cpu.roster.download ?? '?'} s vs baseline ${cpu.baseline.download ?? '?'} s`,
  );
  const verdict = (r: number) => (r >= transferTarget ? 'meets' : 'BELOW');
  console.log(
    `\nupload ${verdict(ratio('upload'))} and download ${verdict(ratio('download'))} the target of ${transferTarget.toFixed(2)}; ` +
      `API RSS ${rssIdleMiB?.toFixed(1) ?? '?'} MiB idle, ${figures.rssBeforeMiB ?? '?'} MiB after the warm-up, peak ${figures.peakRssMiB ?? '?'} MiB during the transfers`,
  );
  console.log(conditions);
  writeResult('content-transfer', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    requests: 'POST /v1/projects/:projectId/assets?name=… (raw body), GET /v1/assets/:assetId/content',
    summary: {
      ...figures,
      rssIdleMiB: rssIdleMiB === null ? null : round1(rssIdleMiB),
      uploadRatio: Number(ratio('upload').toFixed(3)),
      downloadRatio: Number(ratio('download').toFixed(3)),
    },
    runs,
  });
  return { kind: 'transfer', bench: 'content-transfer', figures };
}
