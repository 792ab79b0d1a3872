import type { AuditRecordDto } from '@roster/core/browser';

/** One field of a record's summary: its name, and its value before and after (absent = not kept). */
export interface SummaryLine {
  key: string;
  label: string;
  before?: string;
  after?: string;
}

/** "projectName" → "Project name", "invitationExpiry" → "Invitation expiry", "apiKeyId" → "API key id". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/\bapi\b/g, 'API')
    .replace(/\bip\b/g, 'IP');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A summary value as text: "none" for null, lists joined, objects as compact JSON. */
export function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(fieldValue).join(', ');
  return JSON.stringify(value);
}

/**
 * The record's before/after as lines, one per field either side has: fields that changed show
 * both values, facts kept with the change (a file's size) only the one side.
 */
export function summaryLines(summary: AuditRecordDto['summary']): SummaryLine[] {
  if (!summary) return [];
  const before = summary.before ?? {};
  const after = summary.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.map((key) => ({
    key,
    label: fieldLabel(key),
    ...(key in before ? { before: fieldValue(before[key]) } : {}),
    ...(key in after ? { after: fieldValue(after[key]) } : {}),
  }));
}

/** "Ada Lovelace", "CI key", "Roster" (the system), "Deleted user". */
export function actorName(actor: AuditRecordDto['actor']): string {
  if (actor.type === 'system') return actor.name ?? 'Roster';
  return actor.name ?? (actor.type === 'apiKey' ? 'Deleted API key' : 'Deleted user');
}

const exactFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'medium',
});

/** "Nov 30, 2026, 7:41:44 PM": the exact moment, in the reader's time zone. */
export const exactTime = (iso: string): string => exactFormat.format(new Date(iso));

const targetTypes: Record<string, string> = {
  user: 'Member',
  invitation: 'Invitation',
  organization: 'Organization',
  project: 'Project',
  folder: 'Folder',
  asset: 'File',
  apiKey: 'API key',
  plugin: 'Plugin',
};

/** "Member", "File": a target's kind; null when unknown. */
export const targetKind = (target: AuditRecordDto['target']): string | null =>
  target.type ? (targetTypes[target.type] ?? target.type) : null;

/** A record's target as the page shows it: its name, else its kind; null when it has neither. */
export const targetLabel = (target: AuditRecordDto['target']): string | null =>
  target.name ?? targetKind(target);
