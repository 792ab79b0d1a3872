import { dateParam, isUniqueViolation, Plugin } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';
import { transact, type ScopeOrg } from '../scope.js';
import { systemScope } from '../subscribers/create-scope.js';
import type { UsageSources } from './month-usage.js';
import { alertRecipients } from './recipients.js';
import type { Crossing } from './thresholds.js';

export interface UsageAlertContext extends UsageSources {
  /** Hands the alert's event to the worker once it commits (its emails). */
  jobs: JobQueue;
}

/**
 * Sends one usage alert unless it went out already: ONE transaction inserts its `usage_alerts` row
 * (primary key plugin, metric, month) and, only if that row is new, records `usage.alert_sent`
 * for the owners and admins (whose bell notifications and owed emails its subscribers write in the
 * same transaction). Two checks at once: PostgreSQL makes the second insert wait for the first
 * transaction and then finds the conflict; SQLite lets one writer in at a time, so the second sees
 * the committed row. A plugin uninstalled meanwhile sends nothing. Answers whether it sent.
 */
export async function sendUsageAlert(
  ctx: UsageAlertContext,
  org: ScopeOrg,
  alert: { pluginId: string; threshold: number; month: string; crossing: Crossing },
  now: Date,
): Promise<boolean> {
  const { pluginId, threshold, month, crossing } = alert;
  const scope = systemScope({ em: ctx.em.fork(), jobs: ctx.jobs, org, now });
  try {
    return await transact(scope, async (tx) => {
      if ((await tx.em.count(Plugin, { id: pluginId, organization: org.id })) === 0) return false;
      const inserted = await tx.em.execute<{ affectedRows: number }>(
        `insert into usage_alerts (plugin_id, metric, month, organization_id, percent, sent_at)
         values (?, ?, ?, ?, ?, ?) on conflict (plugin_id, metric, month) do nothing`,
        [pluginId, crossing.metric, month, org.id, crossing.percent, dateParam(tx.em, now)],
        'run',
      );
      if (inserted.affectedRows === 0) return false;
      await tx.record('usage.alert_sent', {
        pluginId,
        metric: crossing.metric,
        month,
        percent: crossing.percent,
        threshold,
        used: crossing.used,
        limit: crossing.limit,
        recipients: await alertRecipients(tx.em, org.id),
      });
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
