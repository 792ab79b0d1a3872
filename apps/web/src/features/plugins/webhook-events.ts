import { webhookEventNames } from '@roster/core/browser';

export type WebhookEventName = (typeof webhookEventNames)[number];

/** What each event a webhook can carry means, in a few words ("Invitation sent"). */
const eventLabels: Partial<Record<string, string>> = {
  'organization.created': 'Organization created',
  'organization.renamed': 'Organization renamed',
  'organization.settings_updated': 'Settings changed',
  'organization.plan_changed': 'Plan changed',
  'organization.limit_changed': 'Limit changed',
  'ownership.transferred': 'Ownership transferred',
  'member.role_changed': 'Member’s role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'invitation.created': 'Invitation sent',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'invitation.declined': 'Invitation declined',
  'project.created': 'Project created',
  'project.updated': 'Project changed',
  'project.archived': 'Project archived',
  'project.restored': 'Project restored',
  'project.member_added': 'Added to a project',
  'project.member_role_changed': 'Project role changed',
  'project.member_removed': 'Removed from a project',
  'folder.created': 'Folder created',
  'folder.updated': 'Folder renamed or moved',
  'folder.deleted': 'Folder deleted',
  'asset.uploaded': 'File uploaded',
  'asset.updated': 'File renamed or moved',
  'asset.deleted': 'File deleted',
  'apiKey.created': 'API key created',
  'apiKey.revoked': 'API key revoked',
  'plugin.installed': 'Plugin installed',
  'plugin.configured': 'Plugin configured',
  'plugin.uninstalled': 'Plugin uninstalled',
  'usage.alert_sent': 'Usage alert sent',
};

/** "Invitation sent" for `invitation.created`; an event without a label reads from its name. */
export function eventLabel(name: string): string {
  const label = eventLabels[name];
  if (label) return label;
  const words = name
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The family of an event by its prefix: what the event choice groups under one heading. */
const families: [title: string, prefixes: string[]][] = [
  ['Organization', ['organization', 'ownership']],
  ['Members', ['member']],
  ['Invitations', ['invitation']],
  ['Projects', ['project']],
  ['Content', ['folder', 'asset']],
  ['API keys', ['apiKey']],
  ['Plugins and usage', ['plugin', 'usage']],
];

export interface EventFamily {
  title: string;
  events: WebhookEventName[];
}

/** The events a webhook can carry, grouped by family in the catalog's order; unknown prefixes last. */
export function webhookEventFamilies(names: readonly WebhookEventName[] = webhookEventNames): EventFamily[] {
  const prefix = (name: string) => name.split('.')[0] ?? name;
  const grouped = families.map(([title, prefixes]) => ({
    title,
    events: names.filter((name) => prefixes.includes(prefix(name))),
  }));
  const known = new Set(families.flatMap(([, prefixes]) => prefixes));
  const other = names.filter((name) => !known.has(prefix(name)));
  return [...grouped, { title: 'Other', events: other }].filter((family) => family.events.length > 0);
}
