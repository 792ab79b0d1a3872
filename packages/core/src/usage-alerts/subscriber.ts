import { notify } from '../notifications/service.js';
import { orgOf } from '../subscribers/actor-name.js';
import type { DispatchContext, RecordedEvent, Subscriber } from '../subscribers/types.js';
import { enqueueUsageAlertChecks } from './enqueue.js';
import { usageAlertEmailKey } from './keys.js';

/** After a change that can put an organization over an alert's level: check its usage alerts. */
async function checkOrg(ctx: DispatchContext, event: RecordedEvent): Promise<void> {
  if (event.organizationId) await enqueueUsageAlertChecks(ctx.em, ctx.jobs, [event.organizationId]);
}

const usageAlertOnly = async (kind: string, ctx: DispatchContext, event: RecordedEvent) => {
  if (kind === 'usage_alert') await checkOrg(ctx, event);
};

/**
 * Usage alerts (PRODUCT.md §8). An alert sent (`usage.alert_sent`, recorded by checkUsageAlerts)
 * rings the bell of each owner and admin it names, in its transaction, and owes each of them an
 * email (sent by the worker's `email.usage-alert`). Traffic is checked after each usage rollup (the
 * worker's usage-rollup handler); storage after an upload, and every metric after the limits or the
 * alert's settings change, here.
 */
export const usageAlertSubscriber: Subscriber = {
  inTransaction: {
    'usage.alert_sent': (p, tx) => {
      const org = orgOf(tx);
      for (const { userId } of p.recipients) {
        notify(tx.em, userId, 'usage_alert', {
          orgId: org.id,
          orgName: org.name,
          metric: p.metric,
          percent: p.percent,
        });
      }
    },
  },
  emails: {
    'usage.alert_sent': (p, event) =>
      p.recipients.map(({ userId, email }) => ({
        key: usageAlertEmailKey(event.id, userId),
        template: 'usage-alert',
        recipient: email,
      })),
  },
  afterCommit: {
    'asset.uploaded': (_p, ctx, event) => checkOrg(ctx, event),
    'organization.plan_changed': (_p, ctx, event) => checkOrg(ctx, event),
    'organization.limit_changed': (_p, ctx, event) => checkOrg(ctx, event),
    'plugin.installed': (p, ctx, event) => usageAlertOnly(p.kind, ctx, event),
    'plugin.configured': (p, ctx, event) => usageAlertOnly(p.kind, ctx, event),
  },
};
