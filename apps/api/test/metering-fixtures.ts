// Metering tests: the API of upload-fixtures.ts (in this process, real HTTP), and what the meter
// left in Redis: the pending counters (core's usage/keys.ts) that the worker's rollup will move.
import { request } from 'node:http';
import { noId, usageKeys, usageMetrics, type UsageMetric } from '@roster/core';
import { expect, vi } from 'vitest';
import type { Api } from './upload-fixtures.js';

export type Totals = Record<UsageMetric, number>;

interface Filter {
  orgId: string;
  /** Only this project's counters (null: those of no project); all projects when absent. */
  projectId?: string | null;
  /** Only this key's counters (null: the web app's, no key); all when absent. */
  apiKeyId?: string | null;
}

const metricOf = Object.fromEntries(Object.entries(usageMetrics).map(([k, v]) => [v, k])) as Record<
  string,
  UsageMetric
>;

/** The pending counters of an organization, summed over days (a test may cross midnight UTC). */
export async function pendingTotals(api: Api, filter: Filter): Promise<Totals> {
  const fields = await api.h.deps.redis.hgetall(usageKeys(api.h.prefix).pending);
  const totals: Totals = { apiCalls: 0, bandwidthIn: 0, bandwidthOut: 0 };
  for (const [field, value] of Object.entries(fields)) {
    const [orgId, , projectId, apiKeyId, metric] = field.split('|');
    // Usage counters only (not the statistics' activity fields, `au`/`ad`/`ai`/`ao`).
    if (orgId !== filter.orgId || !metricOf[metric!]) continue;
    if (filter.projectId !== undefined && projectId !== (filter.projectId ?? noId)) continue;
    if (filter.apiKeyId !== undefined && apiKeyId !== (filter.apiKeyId ?? noId)) continue;
    totals[metricOf[metric!]!] += Number(value);
  }
  return totals;
}

/**
 * Waits until the counters equal `expected` (the meter records once the response has closed,
 * which may be a moment after the client has read it), then checks they stay there.
 */
export async function expectTotals(api: Api, filter: Filter, expected: Partial<Totals>): Promise<void> {
  const want = { apiCalls: 0, bandwidthIn: 0, bandwidthOut: 0, ...expected };
  await vi.waitFor(async () => expect(await pendingTotals(api, filter)).toEqual(want), {
    timeout: 10_000,
    interval: 20,
  });
}

/** GETs `path`; resolves with the status and the number of body bytes received. */
export function download(api: Api, path: string, cookie: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: api.port, path, headers: { cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode!, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** GETs `path` and hangs up as soon as the first bytes of the body arrive; resolves with how many came. */
export function downloadAndDrop(api: Api, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: api.port, path, headers: { cookie } }, (res) => {
      let received = 0;
      res.once('data', (chunk: Buffer) => {
        received += chunk.length;
        res.pause();
        req.destroy();
        resolve(received);
      });
      res.once('error', () => undefined);
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
}
