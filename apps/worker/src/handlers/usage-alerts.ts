import { checkUsageAlerts } from '@roster/core';
import type { JobHandler } from './types.js';

/**
 * `usage.alerts` {orgId}: checks the organization's usage of this UTC month against its usage
 * alerts (core usage-alerts/check.ts) and sends those newly crossed. Enqueued after a usage rollup
 * counted its traffic, after an upload, and after its limits or an alert's settings changed. Safe
 * to run twice or side by side: each alert is sent once per plugin, metric and month.
 */
export const usageAlertsJob: JobHandler<'usage.alerts'> = async ({ orgId }, ctx) => {
  const sent = await checkUsageAlerts(
    { em: ctx.em, jobs: ctx.jobs, redis: ctx.redis, prefix: ctx.prefix },
    orgId,
    new Date(),
  );
  if (sent.length > 0) ctx.logger.info({ orgId, sent }, 'usage alerts sent');
  return sent.length === 0
    ? 'no new alert'
    : `sent ${sent.map((a) => `${a.metric} at ${a.percent}%`).join(', ')}`;
};
