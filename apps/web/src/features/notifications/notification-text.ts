import type { RouterOutputs } from '../../lib/trpc';

export type Notification = RouterOutputs['notification']['list'][number];

/** "admin", "member", "owner": a role inside a sentence. */
const roleWord = (role: string | undefined) => (role ?? 'member').toLowerCase();

/** What a usage alert's metric reached: the month's calls or bandwidth, or the storage in use. */
function usageWords(metric: string | undefined): string {
  if (metric === 'apiCalls') return 'its API calls for this month';
  if (metric === 'bandwidthOut') return 'its bandwidth out for this month';
  return 'its storage';
}

/** The notification as a sentence: "Jane Doe invited you to join Northwind as admin". */
export function notificationText({ type, data }: Pick<Notification, 'type' | 'data'>): string {
  switch (type) {
    case 'invitation':
      return `${data.actorName ?? 'Someone'} invited you to join ${data.orgName} as ${roleWord(data.role)}`;
    case 'role_changed':
      return `Your role in ${data.orgName} is now ${roleWord(data.role)}`;
    case 'removed':
      return `You were removed from ${data.orgName}`;
    case 'ownership_transferred':
      return `You are now the owner of ${data.orgName}`;
    case 'plugin_uninstalled': {
      const installer = data.installerName
        ? `${data.installerName}, who installed it,`
        : 'the admin who installed it';
      return `${data.pluginName ?? 'A plugin'} was uninstalled from ${data.orgName} because ${installer} is no longer an admin`;
    }
    case 'usage_alert':
      return `${data.orgName} has used ${data.percent ?? 0}% of ${usageWords(data.metric)}`;
  }
}

/** Where a notification leads, if anywhere: the organization, its plugins, its usage. */
export type NotificationLink =
  | { to: '/orgs/$orgId'; label: string }
  | { to: '/orgs/$orgId/plugins'; label: string }
  | { to: '/orgs/$orgId/usage'; label: string };

export function notificationLink({
  type,
  data,
}: Pick<Notification, 'type' | 'data'>): NotificationLink | null {
  switch (type) {
    case 'role_changed':
    case 'ownership_transferred':
      return { to: '/orgs/$orgId', label: `Open ${data.orgName}` };
    case 'plugin_uninstalled':
      return { to: '/orgs/$orgId/plugins', label: 'Open plugins' };
    case 'usage_alert':
      return { to: '/orgs/$orgId/usage', label: 'Open usage' };
    default:
      return null;
  }
}
