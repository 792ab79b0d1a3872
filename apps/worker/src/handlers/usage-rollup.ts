import { rollupUsage } from '@roster/core';
import type { JobHandler } from './types.js';

/**
 * `usage.rollup` (repeated every USAGE_ROLLUP_EVERY_MS, and once at a worker's start): moves the
 * usage the API counted in Redis into `usage_daily`. Exactly once by design (core usage/rollup.ts):
 * a kill at any instant leaves an open batch the next run finishes, and runs at once (two workers,
 * or this job beside itself) apply each batch once.
 */
export const usageRollupJob: JobHandler<'usage.rollup'> = async (_payload, ctx) => {
  const result = await rollupUsage({ em: ctx.em, redis: ctx.redis, prefix: ctx.prefix, now: new Date() });
  ctx.logger[result.batches > 0 ? 'info' : 'debug'](result, 'usage rolled up');
  return `applied ${result.batches} batches (${result.counters} counters, ${result.rows} rows)`;
};
