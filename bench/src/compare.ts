// Roster against the baseline on one request: both must first answer 200 with the same JSON, then
// autocannon drives them in alternating rounds (B R, R B, B R …) so that a change in the machine's
// load hits both alike, every answer checked against the first.
import { isDeepStrictEqual } from 'node:util';
import type { BenchSettings } from './env.js';
import { load, type LoadResult } from './load.js';
import type { Server } from './servers.js';

/** The keys and value types of a JSON value: two answers of the same shape have the same one. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  }
  return value === null ? 'null' : typeof value;
}

async function probe(server: Server, path: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(server.url + path, { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${server.name} answered ${res.status} to ${path}: ${text}`);
  return text;
}

const clip = (text: string, max = 300) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} bytes)` : text;

export interface Comparison {
  roster: Server;
  baseline: Server;
  /** `/trpc/<procedure>?input=…` */
  path: string;
  cookie: string;
  /** `Authorization` header of every request (an API key), when given. */
  authorization?: string;
  settings: BenchSettings;
  /** The answers must hold the same values, not only the same shape. */
  sameValues: boolean;
}

/** Checks both answers, then runs the rounds; returns every run of both servers. */
export async function compareServers(c: Comparison): Promise<LoadResult[]> {
  const headers = {
    ...(c.cookie ? { cookie: c.cookie } : {}),
    ...(c.authorization ? { authorization: c.authorization } : {}),
  };
  const bodies = {
    roster: await probe(c.roster, c.path, headers),
    baseline: await probe(c.baseline, c.path, headers),
  };
  const [r, b] = [JSON.parse(bodies.roster) as unknown, JSON.parse(bodies.baseline) as unknown];
  const same = isDeepStrictEqual(r, b);
  if (!isDeepStrictEqual(shapeOf(r), shapeOf(b)) || (c.sameValues && !same)) {
    throw new Error(
      `the answers differ in ${c.sameValues ? 'values' : 'shape'}:\n` +
        `  roster:   ${clip(bodies.roster, 2000)}\n  baseline: ${clip(bodies.baseline, 2000)}`,
    );
  }
  console.log(`bench: both answer 200 with the same shape${same ? ' and the same values' : ''}:`);
  console.log(`  ${clip(bodies.roster)}`);

  const { settings } = c;
  const runs: LoadResult[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 ? [c.baseline, c.roster] : [c.roster, c.baseline];
    for (const server of order) {
      process.stdout.write(`bench: round ${round}/${settings.rounds}, ${server.name.padEnd(8)} … `);
      const result = await load(server.name, round, {
        url: server.url + c.path,
        cookie: c.cookie,
        ...(c.authorization ? { authorization: c.authorization } : {}),
        expectBody: bodies[server.name as 'roster' | 'baseline'],
        pid: server.pid,
        connections: settings.connections,
        duration: settings.duration,
        warmup: settings.warmup,
      });
      const cpu =
        result.cpuMsPerRequest === null ? '' : `, ${result.cpuMsPerRequest.toFixed(2)} ms CPU/request`;
      console.log(
        `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms${cpu}`,
      );
      if (result.non2xx || result.errors || result.mismatches) {
        throw new Error(
          `${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} wrong bodies`,
        );
      }
      runs.push(result);
    }
  }
  return runs;
}
