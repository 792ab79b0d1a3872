import type { AuditAction } from '@roster/core/browser';

/** Events of a person's account, outside any organization: never in an organization's audit log. */
type AccountAction = Extract<AuditAction, `user.${string}` | `account.${string}`>;

/** The actions an organization's audit log holds. */
export type OrgAuditAction = Exclude<AuditAction, AccountAction>;

/** Each action's name in the filter: a `Record`, so a new organization event needs its label. */
export const actionLabels: Record<OrgAuditAction, string> = {
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'ownership.transferred': 'Ownership transferred',
  'invitation.created': 'Invited',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'invitation.declined': 'Invitation declined',
  'organization.created': 'Organization created',
  'organization.renamed': 'Organization renamed',
  'organization.settings_updated': 'Settings changed',
  'organization.plan_changed': 'Plan changed',
  'organization.limit_changed': 'Limit changed',
  'project.created': 'Project created',
  'project.updated': 'Project changed',
  'project.archived': 'Project archived',
  'project.restored': 'Project restored',
  'project.member_added': 'Project member added',
  'project.member_role_changed': 'Project role changed',
  'project.member_removed': 'Project member removed',
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

/** A choice of the action filter: a family (`member.`, every action it starts) or one action. */
export interface ActionChoice {
  value: string;
  label: string;
}

export interface ActionGroup {
  label: string;
  choices: ActionChoice[];
}

const family = (prefix: string, label: string): ActionChoice => ({ value: prefix, label });
const exact = (action: OrgAuditAction): ActionChoice => ({ value: action, label: actionLabels[action] });
const actionsOf = (prefix: string) =>
  (Object.keys(actionLabels) as OrgAuditAction[]).filter((action) => action.startsWith(prefix)).map(exact);

/** The action filter's groups, in the order of the page (PRODUCT.md §11's kinds of change). */
export const actionGroups: ActionGroup[] = [
  {
    label: 'Members',
    choices: [
      family('member.', 'All member changes'),
      ...actionsOf('member.'),
      exact('ownership.transferred'),
    ],
  },
  {
    label: 'Invitations',
    choices: [family('invitation.', 'All invitation changes'), ...actionsOf('invitation.')],
  },
  {
    label: 'Organization',
    choices: [family('organization.', 'All organization changes'), ...actionsOf('organization.')],
  },
  { label: 'Projects', choices: [family('project.', 'All project changes'), ...actionsOf('project.')] },
  {
    label: 'Content',
    choices: [
      family('folder.', 'All folder changes'),
      ...actionsOf('folder.'),
      family('asset.', 'All file changes'),
      ...actionsOf('asset.'),
    ],
  },
  { label: 'API keys', choices: [family('apiKey.', 'All API key changes'), ...actionsOf('apiKey.')] },
  {
    label: 'Plugins',
    choices: [family('plugin.', 'All plugin changes'), ...actionsOf('plugin.'), exact('usage.alert_sent')],
  },
];

/** "All member changes", "Role changed"; undefined for a value no choice has. */
export function actionChoiceLabel(value: string): string | undefined {
  for (const group of actionGroups) {
    const choice = group.choices.find((c) => c.value === value);
    if (choice) return choice.label;
  }
  return undefined;
}
