// `pnpm bench noisy-neighbour`: one organization's admin fires `invitation.create` requests from
// many clients at once (a burst that all waits on that organization's lock), while another
// organization's member reads `org.get`. The other organization's throughput during the burst is
// compared with its throughput without it, in the same run (phases alternate, median of each).
import { migrate } from '@roster/db';
import { openBenchDatabase, openOrm } from './database.js';
import type { BenchSettings } from './env.js';
import { load, type LoadResult } from './load.js';
import { startBurst, type BurstFigures } from './invitation-burst.js';
import { startRoster } from './servers.js';
import { machine, printTable, summarize, writeResult, type Outcome } from './summary.js';
import { signUpAdmin } from './trpc-client.js';
import { markEmailVerified, setPlan } from './verified.js';

/** Other organizations must keep at least this share of their org.get throughput. */
const target = 0.8;

export async function noisyNeighbourBench(settings: BenchSettings): Promise<Outcome[]> {
  const db = await openBenchDatabase(settings, 'noisy_neighbour');
  console.log(`bench: database ${db.url.replace(/\/\/[^@]*@/, '//')}`);
  const orm = await openOrm(db.url);
  await migrate(orm);
  // The invitations' email jobs go under a prefix of their own (no worker takes them).
  const api = await startRoster({ db: { orm, database: db.url } });
  const neighbour = await signUpAdmin(api);
  const busy = await signUpAdmin(api);
  await markEmailVerified(orm, busy.email);
  await setPlan(orm, busy.orgId, 'enterprise');

  const url = `${api.url}/trpc/org.get?input=${encodeURIComponent(JSON.stringify({ orgId: neighbour.orgId }))}`;
  const first = await fetch(url, { headers: { cookie: neighbour.cookie } });
  if (first.status !== 200) throw new Error(`org.get answered ${first.status}`);
  const expectBody = await first.text();

  const runs: (LoadResult & { burst?: BurstFigures })[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    for (const phase of round % 2 ? ['burst', 'quiet'] : ['quiet', 'burst']) {
      const burst = phase === 'burst' ? startBurst(api, busy, settings.burstConnections) : undefined;
      const result = await load(phase, round, {
        url,
        cookie: neighbour.cookie,
        expectBody,
        pid: api.pid,
        connections: settings.connections,
        duration: settings.duration,
        warmup: settings.warmup,
      });
      runs.push({ ...result, ...(burst ? { burst: await burst.stop() } : {}) });
      console.log(
        `bench: round ${round + 1} ${phase}: org.get ${Math.round(result.requestsPerSecond)} req/s` +
          (phase === 'burst' ? `, ${JSON.stringify(runs.at(-1)!.burst)}` : ''),
      );
    }
  }
  await api.stop();

  const failedRequests = runs.reduce((n, r) => n + r.non2xx + r.errors + r.mismatches, 0);
  const serverErrors = runs.reduce((n, r) => n + (r.burst?.serverErrors ?? 0), 0);
  const quiet = summarize(runs, 'quiet');
  const during = summarize(runs, 'burst');
  const ratio = during.requestsPerSecond / quiet.requestsPerSecond;
  const bursts = runs.flatMap((r) => (r.burst ? [r.burst] : []));
  const invitedPerSecond = bursts.reduce((n, b) => n + b.invitedPerSecond, 0) / bursts.length;

  console.log('');
  printTable([
    ['other organization’s org.get', 'req/s', 'p50 (ms)', 'p99 (ms)'],
    ['without a burst', String(quiet.requestsPerSecond), String(quiet.p50), String(quiet.p99)],
    [
      `during a burst (${settings.burstConnections} clients)`,
      String(during.requestsPerSecond),
      String(during.p50),
      String(during.p99),
    ],
  ]);
  const verdict = ratio >= target ? 'meets' : 'BELOW';
  console.log(
    `\nDuring the burst: ${ratio.toFixed(2)} of the throughput without it (${verdict} the target of ` +
      `${target.toFixed(2)}); the burst organization got ${invitedPerSecond.toFixed(0)} invitations/s.`,
  );
  console.log(
    `${machine}; ${settings.connections} connections, ${settings.rounds} × ${settings.duration} s per phase`,
  );
  writeResult('noisy-neighbour', {
    settings: { ...settings, databaseUrl: undefined, adminUrl: undefined },
    summary: {
      quiet,
      burst: during,
      ratio: Number(ratio.toFixed(3)),
      target,
      meetsTarget: ratio >= target,
      invitedPerSecond,
    },
    runs,
  });
  if (failedRequests || serverErrors) {
    throw new Error(`${failedRequests} org.get requests and ${serverErrors} invitation requests failed`);
  }
  return [{ kind: 'neighbour', bench: 'noisy-neighbour', quiet, burst: during, target }];
}
