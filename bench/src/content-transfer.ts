// `pnpm bench content-transfer`: a 1 GiB file (BENCH_TRANSFER_MIB to change) uploaded through
// `POST /v1/projects/:projectId/assets` (raw body) and downloaded through `GET /v1/assets/:id/content`,
// against a bare node:http server piping the same bytes to and from files in the same directory
// (baseline-transfer-server.ts), in alternating rounds; and the API process's peak RSS meanwhile.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanUp } from './cleanup.js';
import { seedContentProject } from './content-seed.js';
import { migrateAndSeed, openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { cpuSecondsOf } from './load.js';
import { startRoster, startTransferBaseline, type Server } from './servers.js';
import type { Outcome } from './summary.js';
import { download, rssMiB, sampleRss, transferBody, upload } from './transfer-client.js';
import { reportTransfer, type TransferRun } from './transfer-report.js';

interface Target {
  server: Server;
  /** Sends the body; returns what to download next. */
  put(name: string): Promise<{ seconds: number; downloadUrl: string }>;
}

export async function contentTransferBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'content_transfer');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  const seed = await migrateAndSeed(orm);
  const { projectId } = await seedContentProject(orm, db.url, seed);
  const dataDir = await mkdtemp(join(tmpdir(), 'roster-bench-data-'));
  onCleanUp(`remove ${dataDir}`, () => rm(dataDir, { recursive: true, force: true }));

  const roster = await startRoster({ db: { orm, database: db.url }, dataDir });
  const baseline = await startTransferBaseline({ directory: join(dataDir, 'storage', 'bench-baseline') });
  const body = transferBody(randomBytes(1024 * 1024), settings.transferMiB);
  const cookie = { cookie: seed.cookie };

  const targets: Record<'roster' | 'baseline', Target> = {
    roster: {
      server: roster,
      async put(name) {
        const url = `${roster.url}/v1/projects/${projectId}/assets?name=${name}&onConflict=rename`;
        const { seconds, value } = await upload(
          url,
          { ...cookie, origin: roster.url },
          body.stream(),
          body.size,
        );
        const asset = value as { id: string; size: number; sha256: string };
        if (asset.size !== body.size || asset.sha256 !== body.sha256)
          throw new Error(
            `Roster stored ${asset.size} bytes with SHA-256 ${asset.sha256}, not the ${body.size} sent`,
          );
        return { seconds, downloadUrl: `${roster.url}/v1/assets/${asset.id}/content` };
      },
    },
    baseline: {
      server: baseline,
      async put(name) {
        const { seconds } = await upload(`${baseline.url}/upload?name=${name}`, {}, body.stream(), body.size);
        return { seconds, downloadUrl: `${baseline.url}/download?name=${name}` };
      },
    },
  };

  const mib = settings.transferMiB.toLocaleString('en-US');
  const rssIdle = rssMiB(roster.pid);
  console.log(`bench: warming both servers up with one unmeasured transfer of ${mib} MiB each`);
  for (const target of Object.values(targets)) {
    const { downloadUrl } = await target.put('warm-up.bin');
    await download(downloadUrl, cookie);
  }
  const rssBefore = rssMiB(roster.pid);
  const runs: TransferRun[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 ? (['baseline', 'roster'] as const) : (['roster', 'baseline'] as const);
    for (const name of order) {
      const target = targets[name];
      process.stdout.write(`bench: round ${round}/${settings.rounds}, ${name.padEnd(8)} … `);
      const cpu0 = cpuSecondsOf(target.server.pid);
      const rss = name === 'roster' ? sampleRss(roster.pid) : null;
      const up = await target.put(`round-${round}.bin`);
      const uploadPeak = rss?.stop() ?? null;
      const cpu1 = cpuSecondsOf(target.server.pid);
      const downRss = name === 'roster' ? sampleRss(roster.pid) : null;
      const down = await download(up.downloadUrl, cookie);
      const downloadPeak = downRss?.stop() ?? null;
      const cpu2 = cpuSecondsOf(target.server.pid);
      const perGiB = (from: number | null, to: number | null) =>
        from === null || to === null ? null : ((to - from) * 1024) / settings.transferMiB;
      if (down.value !== body.size)
        throw new Error(`${name} sent ${down.value} bytes back, not ${body.size}`);
      const run: TransferRun = {
        server: name,
        round,
        uploadMiBps: settings.transferMiB / up.seconds,
        downloadMiBps: settings.transferMiB / down.seconds,
        uploadPeakRssMiB: uploadPeak,
        downloadPeakRssMiB: downloadPeak,
        uploadCpuSecondsPerGiB: perGiB(cpu0, cpu1),
        downloadCpuSecondsPerGiB: perGiB(cpu1, cpu2),
      };
      const peaks =
        name === 'roster' ? `, API peak RSS ${uploadPeak?.toFixed(0)} / ${downloadPeak?.toFixed(0)} MiB` : '';
      console.log(
        `up ${run.uploadMiBps.toFixed(0)} MiB/s (${run.uploadCpuSecondsPerGiB?.toFixed(2) ?? '?'} CPU s/GiB), ` +
          `down ${run.downloadMiBps.toFixed(0)} MiB/s (${run.downloadCpuSecondsPerGiB?.toFixed(2) ?? '?'} CPU s/GiB)${peaks}`,
      );
      runs.push(run);
    }
  }
  return [reportTransfer({ runs, rssIdleMiB: rssIdle, rssBeforeMiB: rssBefore, settings })];
}
