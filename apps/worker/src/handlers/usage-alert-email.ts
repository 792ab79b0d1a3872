import { markEmailSkipped, usageAlertEmailData, usageAlertEmailKey, type JobPayload } from '@roster/core';
import { renderEmail } from '@roster/emails';
import { deliverOnce } from '../deliver.js';
import type { JobContext } from './types.js';

/**
 * `email.usage-alert`: one usage alert's email to one owner or admin, at most once (the claim on
 * its delivery row). It carries no secret, so a send cut short is simply sent again. Someone no
 * longer an owner or admin by then is not sent it (the delivery is skipped).
 */
export async function sendUsageAlertEmail(
  { eventId, userId }: JobPayload<'email.usage-alert'>,
  ctx: JobContext,
): Promise<string> {
  const key = usageAlertEmailKey(eventId, userId);
  const alert = await usageAlertEmailData(ctx.em, eventId, userId);
  if (!alert) {
    await markEmailSkipped(ctx.em, key);
    ctx.logger.info({ eventId, userId }, 'usage alert email skipped: no longer owed');
    return 'skipped: no longer owed';
  }
  const { orgId, ...props } = alert;
  const outcome = await deliverOnce(ctx, key, {
    compose: () => renderEmail('usage-alert', { ...props, usageLink: `${ctx.appUrl}/orgs/${orgId}/usage` }),
  });
  ctx.logger.info({ eventId, userId, outcome }, `usage alert email ${outcome}`);
  return outcome;
}
