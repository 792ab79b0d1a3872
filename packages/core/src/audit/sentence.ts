import type { EventName } from '../events/contracts.js';
import type { AuditRecordDto } from './schemas.js';
import { contentSentences } from './sentence-content.js';
import { limitChangedSentence, ownedOrgLimitSentence } from './sentence-limits.js';
import {
  capitalized,
  count,
  expiryLabel,
  quoted,
  sentenceParts,
  type SentenceParts,
} from './sentence-values.js';

type Sentence = (parts: SentenceParts) => string;

/** An action the audit log knows: an event name (`member.role_changed`). */
export type AuditAction = EventName;

const possessive = (name: string): string => (name.endsWith('s') ? `${name}’` : `${name}’s`);

/** "from member to admin", or "to admin" when the previous value was not kept. */
const fromTo = (before: unknown, after: unknown): string =>
  before !== undefined && before !== after ? `from ${before} to ${after}` : `to ${after}`;

const projectOf = (p: SentenceParts): string => String(p.either('projectName') ?? 'a project');

const pluginKinds: Record<string, string> = { webhook: 'webhook', usage_alert: 'usage alert' };
const pluginLabel = (p: SentenceParts): string =>
  `the ${pluginKinds[String(p.either('kind'))] ?? 'plugin'} ${quoted(p.target(String(p.either('name') ?? 'plugin')))}`;

const uninstallReasons: Record<string, string> = {
  installer_demoted: ' (installer demoted)',
  installer_removed: ' (installer removed)',
  installer_left: ' (installer left)',
};

const metricLabels: Record<string, string> = {
  apiCalls: 'API calls',
  bandwidthOut: 'bandwidth',
  storage: 'storage',
};

/** "renamed the project Launch to Go-live and made it visible to the whole organization". */
const projectChanges = (p: SentenceParts): string => {
  const changes: string[] = [];
  const name = p.after('name');
  if (name !== undefined) {
    const previous = p.before('name');
    changes.push(`renamed the project ${previous !== undefined ? `${previous} to ${name}` : `to ${name}`}`);
  }
  const subject = changes.length > 0 ? 'it' : `the project ${p.target('')}`.trim();
  const visibility = p.after('visibility');
  if (visibility !== undefined)
    changes.push(
      `made ${subject} visible to ${visibility === 'organization' ? 'the whole organization' : 'its members only'}`,
    );
  if (p.hasAfter('description'))
    changes.push(
      `${p.after('description') ? 'changed' : 'removed'} ${subject === 'it' ? 'its description' : `the description of ${subject}`}`,
    );
  if (changes.length === 0) return `${p.actor} updated ${subject}`;
  return `${p.actor} ${changes.join(' and ')}`;
};

/**
 * One readable sentence per action, for every event Roster records. A `Record` over EventName: a
 * new event without its sentence does not typecheck.
 */
const sentences: Record<EventName, Sentence> = {
  'organization.created': (p) =>
    `${p.actor} created the organization ${p.after('name') ?? p.target('')}`.trim(),
  'organization.renamed': (p) =>
    p.after('name') === undefined && p.target('') === ''
      ? `${p.actor} renamed the organization`
      : `${p.actor} renamed the organization ${fromTo(p.before('name'), p.after('name') ?? p.target(''))}`,
  'organization.settings_updated': (p) =>
    `${p.actor} changed how long invitations last ${fromTo(expiryLabel(p.before('invitationExpiry')), expiryLabel(p.after('invitationExpiry')) ?? 'a new setting')}`,
  'organization.plan_changed': (p) =>
    `${p.actor} changed the plan ${fromTo(p.before('plan') && capitalized(String(p.before('plan'))), capitalized(String(p.after('plan') ?? 'another plan')))}`,
  'organization.limit_changed': limitChangedSentence,
  'user.owned_org_limit_changed': ownedOrgLimitSentence,
  'member.role_changed': (p) =>
    `${p.actor} changed ${possessive(p.target('a member'))} role ${fromTo(p.before('role'), p.after('role') ?? 'another role')}`,
  'member.removed': (p) => `${p.actor} removed ${p.target('a member')} from the organization`,
  'member.left': (p) => `${p.actor} left the organization`,
  'ownership.transferred': (p) =>
    `${p.actor} transferred ownership of the organization to ${p.target('another member')}`,
  'invitation.created': (p) =>
    `${p.actor} invited ${p.after('email') ?? p.target('someone')}${p.after('role') ? ` as ${p.after('role')}` : ''}`,
  'invitation.resent': (p) =>
    `${p.actor} resent the invitation to ${p.after('email') ?? p.target('someone')}`,
  'invitation.revoked': (p) =>
    `${p.actor} revoked the invitation to ${p.after('email') ?? p.target('someone')}`,
  'invitation.accepted': (p) =>
    `${p.actor} accepted the invitation and joined${p.after('role') ? ` as ${p.after('role')}` : ''}`,
  'invitation.declined': (p) =>
    `${p.actor} declined the invitation${p.after('email') ? ` sent to ${p.after('email')}` : ''}`,
  'project.created': (p) =>
    `${p.actor} created the project ${p.target(String(p.after('name') ?? ''))}`.trim(),
  'project.updated': projectChanges,
  'project.archived': (p) => `${p.actor} archived the project ${p.target('')}`.trim(),
  'project.restored': (p) => `${p.actor} restored the project ${p.target('')}`.trim(),
  'project.member_added': (p) =>
    `${p.actor} added ${p.target('a member')} to ${projectOf(p)}${p.after('role') ? ` as ${p.after('role')}` : ''}`,
  'project.member_role_changed': (p) =>
    `${p.actor} changed ${possessive(p.target('a member'))} role in ${projectOf(p)} ${fromTo(p.before('role'), p.after('role') ?? 'another role')}`,
  'project.member_removed': (p) => `${p.actor} removed ${p.target('a member')} from ${projectOf(p)}`,
  ...contentSentences,
  'apiKey.created': (p) => {
    const scopes = p.rawAfter('scopes');
    const list = Array.isArray(scopes) && scopes.length > 0 ? ` (${scopes.join(', ')})` : '';
    return `${p.actor} created the API key ${quoted(p.target(String(p.after('name') ?? 'key')))}${list}`;
  },
  'apiKey.revoked': (p) =>
    `${p.actor} revoked the API key ${quoted(p.target(String(p.after('name') ?? 'key')))}`,
  'plugin.installed': (p) => `${p.actor} installed ${pluginLabel(p)}`,
  'plugin.configured': (p) =>
    p.before('name') !== undefined && p.before('name') !== p.after('name')
      ? `${p.actor} renamed ${pluginLabel(p)} (was ${quoted(String(p.before('name')))})`
      : `${p.actor} changed the settings of ${pluginLabel(p)}`,
  'plugin.uninstalled': (p) =>
    `${p.actor} uninstalled ${pluginLabel(p)}${uninstallReasons[String(p.after('reason'))] ?? ''}`,
  'usage.alert_sent': (p) => {
    const metric = metricLabels[String(p.after('metric'))] ?? 'a metric';
    const percent = p.after('percent');
    const threshold = p.after('threshold');
    const reached =
      typeof percent === 'number' ? ` reached ${count(percent)}% of its limit` : ' crossed its alert level';
    return `${p.actor} sent a usage alert: ${metric}${reached}${typeof threshold === 'number' ? ` (alert at ${threshold}%)` : ''}`;
  },
  'user.signed_up': (p) =>
    `${p.actor} signed up${p.rawAfter('viaInvitation') === true ? ' from an invitation' : ''}`,
  'user.email_verified': (p) => `${p.actor} verified their email address`,
  'user.password_reset': (p) => `${p.actor} reset their password`,
  'user.password_changed': (p) => `${p.actor} changed their password`,
  'user.email_changed': (p) =>
    `${p.actor} changed their email address${p.after('email') ? ` to ${p.after('email')}` : ''}`,
  'account.link_issued': (p) => `${p.actor} was sent an email link`,
  'account.link_used': (p) => `${p.actor} used an email link`,
};

const isEventName = (action: string): action is EventName => Object.hasOwn(sentences, action);

/**
 * The audit log's sentence for a record: "Ada Lovelace changed Bob's role from member to admin",
 * "CI key uploaded report.pdf (1.2 MB) to Marketing", "Roster changed the storage limit to 10 GiB".
 * Names are the record's (as they were at the time). An action this version does not know (a newer
 * server) still reads: "Ada did thing.happened on Target".
 */
export function auditSentence(record: AuditRecordDto): string {
  const parts = sentenceParts(record);
  if (isEventName(record.action)) return sentences[record.action](parts);
  const target = record.target.name ? ` on ${record.target.name}` : '';
  return `${parts.actor} did ${record.action}${target}`;
}

/** The actions the sentences cover (every event name), for tests and filters. */
export const auditSentenceActions = Object.keys(sentences) as AuditAction[];
