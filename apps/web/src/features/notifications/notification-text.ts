import type { RouterOutputs } from '../../lib/trpc';

export type Notification = RouterOutputs['notification']['list'][number];

/** "admin", "member", "owner": a role inside a sentence. */
const roleWord = (role: string | undefined) => (role ?? 'member').toLowerCase();

const metricWord = (metric: string | undefined) =>
  metric === 'apiCalls' ? 'API calls' : metric === 'bandwidthOut' ? 'bandwidth out' : 'storage';

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
    case 'plugin_uninstalled':
      return `${data.pluginName ?? 'A plugin'} was uninstalled from ${data.orgName}: ${data.installerName ?? 'the admin who installed it'} is no longer an admin`;
    case 'usage_alert':
      return `${data.orgName} has used ${data.percent ?? 0}% of its ${metricWord(data.metric)} limit this month`;
  }
}
