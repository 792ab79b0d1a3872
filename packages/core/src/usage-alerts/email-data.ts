import { Event, Membership, type EntityManager } from '@roster/db';
import { eventContracts } from '../events/contracts.js';
import type { UsageAlertMetric } from '../vocabulary/plugins.js';

/** What a usage alert's email says, for one recipient. */
export interface UsageAlertEmailData {
  /** The recipient's name. */
  name: string;
  orgId: string;
  orgName: string;
  metric: UsageAlertMetric;
  used: number;
  limit: number;
  /** The share of the limit used when the alert went out, in whole percent. */
  percent: number;
  /** The alert's setting: it goes out at this percentage. */
  threshold: number;
}

/**
 * The email of the usage alert recorded as event `eventId`, for `userId`: the figures of the alert,
 * the organization's name and the recipient's as they are now. Null when nothing is owed any more:
 * the event is gone (events are kept a week after dispatch; an email is given up after a day), or
 * the recipient is no longer an owner or admin of the organization.
 */
export async function usageAlertEmailData(
  em: EntityManager,
  eventId: string,
  userId: string,
): Promise<UsageAlertEmailData | null> {
  const event = await em.findOne(Event, { id: eventId, name: 'usage.alert_sent' });
  if (!event?.organizationId) return null;
  const alert = eventContracts['usage.alert_sent'].safeParse(event.payload);
  if (!alert.success) return null;
  const membership = await em.findOne(
    Membership,
    { organization: event.organizationId, user: userId, role: { $in: ['owner', 'admin'] } },
    { populate: ['organization', 'user'] },
  );
  if (!membership) return null;
  const { metric, used, limit, percent, threshold } = alert.data;
  return {
    name: membership.user.getEntity().name,
    orgId: event.organizationId,
    orgName: membership.organization.getEntity().name,
    metric,
    used,
    limit,
    percent,
    threshold,
  };
}
