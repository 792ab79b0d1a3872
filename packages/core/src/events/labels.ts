import type { EventName } from './contracts.js';

/** The events of an organization (account events — `user.*`, `account.*` — are no organization's). */
export type OrgEventName = Exclude<EventName, `user.${string}` | `account.${string}`>;

/**
 * Each organization event in a few words, for people choosing or reading events (the audit log's
 * filter, a webhook's event choice and delivery log). A `Record`: a new event needs its label.
 */
export const orgEventLabels: Record<OrgEventName, string> = {
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
