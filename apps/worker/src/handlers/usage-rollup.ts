import { enqueueUsageAlertChecks, rollupUsage } from '@roster/core';
import type { JobContext, JobHandler } from './types.js';

/**
 * `usage.rollup` (repeated every USAGE_ROLLUP_EVERY_MS, and once at a worker's start): moves the
 * usage the API counted in Redis into `usage_daily`. Exactly once by design (core usage/rollup.ts):
 * a kill at any instant leaves an open batch the next run finishes, and runs at once (two workers,
 * or this job beside itself) apply each batch once.
 */
export const usageRollupJob: JobHandler<'usage.rollup'> = async (_payload, ctx) => {
  const now = new Date();
  // With the jobs: the organizations with new uploads or downloads get a statistics recompute.
  const result = await rollupUsage({ em: ctx.em, redis: ctx.redis, prefix: ctx.prefix, now, jobs: ctx.jobs });
  ctx.logger[result.batches > 0 ? 'info' : 'debug'](
    { ...result, orgIds: result.orgIds.length },
    'usage rolled up',
  );
  await checkAlertsOf(result.orgIds, ctx);
  return `applied ${result.batches} batches (${result.counters} counters, ${result.rows} rows)`;
};

/**
 * Has the worker check the usage alerts of the organizations whose traffic the rollup just counted
 * (those that have any). A failure is logged, not thrown: the counts are in, and a retried rollup
 * would find nothing left to name; the organization's next traffic or upload checks it again.
 */
async function checkAlertsOf(orgIds: string[], ctx: JobContext): Promise<void> {
  try {
    await enqueueUsageAlertChecks(ctx.em, ctx.jobs, orgIds);
  } catch (error) {
    ctx.logger.warn({ err: error, orgs: orgIds.length }, 'could not enqueue the usage alert checks');
  }
}
