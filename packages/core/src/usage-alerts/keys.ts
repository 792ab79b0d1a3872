/**
 * The delivery key (template `usage-alert`) of one usage alert's email to one owner or admin:
 * `usage-alert:<eventId>:<userId>`, the event being the alert's `usage.alert_sent`.
 */
const prefix = 'usage-alert:';

export const usageAlertEmailKey = (eventId: string, userId: string) => `${prefix}${eventId}:${userId}`;

/** The alert's event and the recipient a usage-alert delivery key is for, or null. */
export function usageAlertOfKey(key: string): { eventId: string; userId: string } | null {
  if (!key.startsWith(prefix)) return null;
  const [eventId, userId, ...rest] = key.slice(prefix.length).split(':');
  return eventId && userId && rest.length === 0 ? { eventId, userId } : null;
}
