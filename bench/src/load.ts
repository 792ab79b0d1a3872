import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is none. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export interface LoadResult {
  server: string;
  round: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  /** CPU time the server process spent per request during the measured run (ms), when known. */
  cpuMsPerRequest: number | null;
  non2xx: number;
  errors: number;
  mismatches: number;
}

export interface LoadOptions {
  url: string;
  cookie: string;
  /** `Authorization` header (an API key: `Bearer rst_…`), sent besides the cookie when given. */
  authorization?: string;
  /** The body every answer must have (autocannon counts the others as mismatches). */
  expectBody: string;
  /** The server's process id, to measure its CPU time. */
  pid: number | undefined;
  connections: number;
  duration: number;
  warmup: number;
}

/** Warms the server up (unmeasured), then measures `duration` seconds of `connections` clients. */
export async function load(server: string, round: number, options: LoadOptions): Promise<LoadResult> {
  const headers = {
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...(options.authorization ? { authorization: options.authorization } : {}),
  };
  const common = { url: options.url, connections: options.connections, headers };
  if (options.warmup > 0) await autocannon({ ...common, duration: options.warmup });
  const cpuBefore = cpuSecondsOf(options.pid);
  const result = await autocannon({ ...common, duration: options.duration, expectBody: options.expectBody });
  const cpuAfter = cpuSecondsOf(options.pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return {
    server,
    round,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    cpuMsPerRequest:
      cpu === null ? null : Number(((cpu * 1000) / Math.max(1, result.requests.total)).toFixed(3)),
    non2xx: result.non2xx,
    errors: result.errors,
    mismatches: result.mismatches,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
