import { Organization, Plugin, UsageAlert } from '@roster/db';
import { toScopeOrg } from '../organizations/limits.js';
import { usageAlertConfigSchema } from '../plugins/schemas.js';
import type { UsageAlertMetric } from '../vocabulary/plugins.js';
import { monthUsage } from './month-usage.js';
import { sendUsageAlert, type UsageAlertContext } from './send-alert.js';
import { crossings } from './thresholds.js';

/** A usage alert this check sent. */
export interface SentUsageAlert {
  pluginId: string;
  metric: UsageAlertMetric;
  month: string;
  percent: number;
}

/**
 * The `usage.alerts` job (PRODUCT.md §8): checks the organization's usage of the UTC month of `now`
 * (monthUsage) against its effective limits for each of its usage-alert plugins, and sends the
 * alert of every chosen metric at or over the plugin's percentage, once per plugin, metric and
 * month (sendUsageAlert). An unlimited metric never alerts. Alerts already sent this month are
 * read first, so a check that finds nothing new writes nothing. Answers the alerts it sent.
 */
export async function checkUsageAlerts(
  ctx: UsageAlertContext,
  orgId: string,
  now: Date,
): Promise<SentUsageAlert[]> {
  const { em } = ctx;
  const plugins = await em.find(Plugin, { organization: orgId, kind: 'usage_alert' }, { fields: ['config'] });
  if (plugins.length === 0) return [];
  const month = now.toISOString().slice(0, 7);
  const already = await em.find(UsageAlert, { pluginId: { $in: plugins.map((p) => p.id) }, month });
  const sentBefore = new Set(already.map((a) => `${a.pluginId}|${a.metric}`));
  // What is still to watch this month: nothing (every alert sent) costs no usage query.
  const watched = plugins.flatMap((plugin) => {
    const config = usageAlertConfigSchema.safeParse(plugin.config);
    if (!config.success) return [];
    const metrics = config.data.metrics.filter((m) => !sentBefore.has(`${plugin.id}|${m}`));
    return metrics.length > 0 ? [{ pluginId: plugin.id, threshold: config.data.percent, metrics }] : [];
  });
  if (watched.length === 0) return [];
  const row = await em.findOne(Organization, orgId);
  if (!row) return [];
  const org = toScopeOrg(row);
  const usage = await monthUsage(ctx, orgId, now);
  const sent: SentUsageAlert[] = [];
  for (const { pluginId, threshold, metrics } of watched) {
    for (const crossing of crossings(threshold, metrics, usage, org.limits)) {
      if (await sendUsageAlert(ctx, org, { pluginId, threshold, month, crossing }, now)) {
        sent.push({ pluginId, metric: crossing.metric, month, percent: crossing.percent });
      }
    }
  }
  return sent;
}
