import { z } from 'zod';

/** How deep folders nest: a root folder has depth 1 (PRODUCT.md §5). */
export const maxFolderDepth = 32;
export const maxItemNameLength = 255;

/** What happens when a name is taken among the siblings: `name (1).ext`, replace the asset, or refuse. */
export const conflictPolicies = ['rename', 'replace', 'fail'] as const;
export type ConflictPolicy = (typeof conflictPolicies)[number];
/** Folders are never replaced (that would delete a tree): they take a new name or are refused. */
export const folderConflictPolicies = ['rename', 'fail'] as const;
export type FolderConflictPolicy = (typeof folderConflictPolicies)[number];

export const contentSorts = ['name', 'size', 'date'] as const;
export type ContentSort = (typeof contentSorts)[number];
export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];
export const itemKinds = ['folder', 'asset'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** A listing page: default and largest size. */
export const defaultContentPageSize = 100;
export const maxContentPageSize = 200;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A folder or file name: trimmed, NFC, 1–255 characters, no `/` or `\`, no control characters,
 * not `.` or `..` (they mean something in every path).
 */
export const itemNameSchema = z
  .string({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(maxItemNameLength, { error: `Use at most ${maxItemNameLength} characters.` })
  .refine((s) => !/[/\\]/.test(s), { error: 'A name cannot contain / or \\.' })
  .refine((s) => !controlCharacters.test(s) && !loneSurrogate.test(s), {
    error: 'Use letters, digits, spaces and punctuation only.',
  })
  .refine((s) => s !== '.' && s !== '..', { error: 'A name cannot be . or ..' })
  .transform((s) => s.normalize('NFC'));

/** What sibling names are compared by: NFC, lower case (`Report.pdf` and `report.PDF` collide). */
export function nameKeyOf(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The `n`th alternative of a taken name: `report.pdf` → `report (1).pdf`, `archive.tar.gz` →
 * `archive.tar (1).gz` (only the last extension is kept apart), `.env` → `.env (1)`, `notes` →
 * `notes (2)`. Shortened from the end of the base so that it fits in 255 characters.
 */
export function nextFreeName(name: string, n: number): string {
  const suffix = ` (${n})`;
  const dot = name.lastIndexOf('.');
  let base = name;
  let extension = '';
  if (dot > 0 && dot < name.length - 1 && name.length - dot + suffix.length < maxItemNameLength) {
    base = name.slice(0, dot);
    extension = name.slice(dot);
  }
  return `${fit(base, maxItemNameLength - suffix.length - extension.length).trimEnd()}${suffix}${extension}`;
}

/** The longest start of `text` within `room` UTF-16 units, never cutting a character in half. */
function fit(text: string, room: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > room) break;
    out += char;
  }
  return out;
}

export const folderIdSchema = z.uuid({ error: 'Not a valid folder id.' });
export const assetIdSchema = z.uuid({ error: 'Not a valid asset id.' });
