// `pnpm bench [org-get] [member-list] [invitations] [noisy-neighbour] [content-transfer] [content-list]
// [api-key-read] [metering] [usage-rollup] [stats-recompute]`: the benchmarks named (all of them by default),
// one after the other, each on a fresh PostgreSQL database dropped at its end, then a summary.
//   org-get      Roster's `org.get` over HTTP against a bare node:http + pg baseline (same queries)
//   member-list  `member.list` on an organization of 10,000 members, first page and a search,
//                against the baseline's route doing the same queries
//   invitations  1,000 invitations created over HTTP and mailed by the real worker to a local SMTP
//                server: time end to end, and exactly one email per invitee
//   noisy-neighbour  another organization's `org.get` during one organization's burst of
//                invitation.create, against the same without the burst
//   content-transfer  a 1 GiB file up and down through /v1 against a bare node:http file pipe in the
//                same directory (≥ 80% of its throughput both ways), and the API's peak RSS meanwhile
//   content-list `content.list`'s first page on a folder of 100,000 assets against one plain SQL query
//   api-key-read `GET /v1/assets/{id}` with an API key against the baseline's route doing the same
//                key check (cached) and asset query (≥ 60% of its requests per second)
//   metering     a large download through an API that counts usage and one that does not
//                (USAGE_METERING=off): the cost of metering, < 10% of the throughput
//   usage-rollup 100,000 usage counters pending in Redis moved into usage_daily by one rollup:
//                counters/s and rows/s, the database's totals checked
//   stats-recompute  the statistics of an organization of 10,000 members, 200 projects and
//                1,000,000 assets recomputed (target < 10 s); its two pages one SQL query each
// Each writes bench/results/<name>.json.
import { apiKeyReadBench } from './api-key-read.js';
import { cleanUp } from './cleanup.js';
import { contentListBench } from './content-list.js';
import { contentTransferBench } from './content-transfer.js';
import { benchSettings, type BenchSettings } from './env.js';
import { invitationsBench } from './invitations.js';
import { memberListBench } from './member-list.js';
import { meteringBench } from './metering.js';
import { noisyNeighbourBench } from './noisy-neighbour.js';
import { orgGetBench } from './org-get.js';
import { printSummary, type Outcome } from './summary.js';
import { statsRecomputeBench } from './stats-recompute.js';
import { usageRollupBench } from './usage-rollup.js';

const benches: Record<string, (settings: BenchSettings) => Promise<Outcome[]>> = {
  'org-get': orgGetBench,
  'member-list': memberListBench,
  invitations: invitationsBench,
  'noisy-neighbour': noisyNeighbourBench,
  'content-transfer': contentTransferBench,
  'content-list': contentListBench,
  'api-key-read': apiKeyReadBench,
  metering: meteringBench,
  'usage-rollup': usageRollupBench,
  'stats-recompute': statsRecomputeBench,
};

const names = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = names.filter((name) => !Object.hasOwn(benches, name));
if (unknown.length) {
  console.error(
    `bench: no benchmark named ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}`,
  );
  process.exit(2);
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): act once.
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const settings = benchSettings();
const outcomes: Outcome[] = [];
for (const name of names.length ? names : Object.keys(benches)) {
  console.log(`\n=== ${name} ===\n`);
  try {
    outcomes.push(...(await benches[name]!(settings)));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`bench: ${name} FAILED: ${message}`);
    outcomes.push({ kind: 'failed', bench: name, error: message });
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}
printSummary(outcomes);
