import { orgEventLabels, type AuditAction } from '@roster/core/browser';

/** Events of a person's account, outside any organization: never in an organization's audit log. */
type AccountAction = Extract<AuditAction, `user.${string}` | `account.${string}`>;

/** The actions an organization's audit log holds. */
export type OrgAuditAction = Exclude<AuditAction, AccountAction>;

/** Each action's name in the filter (core's labels: a new organization event comes with one). */
export const actionLabels: Record<OrgAuditAction, string> = orgEventLabels;

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

/** "All member changes", "Member’s role changed"; undefined for a value no choice has. */
export function actionChoiceLabel(value: string): string | undefined {
  for (const group of actionGroups) {
    const choice = group.choices.find((c) => c.value === value);
    if (choice) return choice.label;
  }
  return undefined;
}
