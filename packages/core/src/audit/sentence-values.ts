import { invitationExpiryLabels, type InvitationExpiry } from '../vocabulary/expiry.js';
import type { AuditRecordDto } from './schemas.js';

/** What a sentence is made of: the record, who acted, and its summary's values read safely. */
export interface SentenceParts {
  record: AuditRecordDto;
  /** "Ada Lovelace", "CI key", "Roster" (the system), or "Someone" when no name was kept. */
  actor: string;
  /** The target's name, quoted as needed by the sentence; `fallback` when none was kept. */
  target(fallback: string): string;
  /** A value of `summary.after` (or `before`): strings and numbers only, else undefined. */
  after(key: string): string | number | undefined;
  before(key: string): string | number | undefined;
  /** `after[key]`, else `before[key]`: a fact kept on either side (a deleted file's size is in before). */
  either(key: string): string | number | undefined;
  /** Whether `summary.after` (or `before`) has `key` at all (null included). */
  hasAfter(key: string): boolean;
  hasBefore(key: string): boolean;
  /** `summary.after[key]`, unread (arrays, null). */
  rawAfter(key: string): unknown;
}

const readable = (value: unknown): string | number | undefined =>
  typeof value === 'string' || typeof value === 'number' ? value : undefined;

export function sentenceParts(record: AuditRecordDto): SentenceParts {
  const after = record.summary?.after ?? {};
  const before = record.summary?.before ?? {};
  const actor =
    record.actor.type === 'system' ? (record.actor.name ?? 'Roster') : (record.actor.name ?? 'Someone');
  return {
    record,
    actor,
    target: (fallback) => record.target.name ?? fallback,
    after: (key) => readable(after[key]),
    before: (key) => readable(before[key]),
    either: (key) => readable(after[key]) ?? readable(before[key]),
    hasAfter: (key) => key in after,
    hasBefore: (key) => key in before,
    rawAfter: (key) => after[key],
  };
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;
const binaryUnits = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

function scaled(bytes: number, base: number, names: readonly string[]): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= base && unit < names.length - 1) {
    value /= base;
    unit += 1;
  }
  if (unit === 0) return `${value} ${value === 1 ? 'byte' : 'bytes'}`;
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${names[unit]}`;
}

/** A file's size as people read it: "1.2 MB" (decimal units). */
export const fileSize = (bytes: number): string => scaled(bytes, 1000, units);

/** A limit in bytes as plans state them: "10 GiB". */
export const byteLimit = (bytes: number): string => scaled(bytes, 1024, binaryUnits);

/** "7 days", "never" for the organization's invitation-expiry setting; the raw value otherwise. */
export function expiryLabel(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const label = invitationExpiryLabels[value as InvitationExpiry] as string | undefined;
  return label ? label.toLowerCase() : String(value);
}

/** "1,000,000". */
export const count = (value: number): string => value.toLocaleString('en-US');

/** "3 folders", "1 file". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/** `'Slack'` in curly quotes, for names that could read as words ("the webhook ‘Slack’"). */
export const quoted = (name: string): string => `‘${name}’`;

/** "Free", "Team" from a plan id; "Member" from a role. */
export const capitalized = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);
