import { apiKeyMaxLifetimeDays, apiKeyScopeLabels, type ApiKeyScope } from '@roster/core/browser';

/** One line under each scope's checkbox in the create dialog: what a key with it may do. */
export const apiKeyScopeHints: Record<ApiKeyScope, string> = {
  'content:read': 'List, search and download files and folders in the key’s projects.',
  'content:write': 'Upload, rename, move and delete files and folders in the key’s projects.',
  'usage:read': 'Read the organization’s API calls, bandwidth and storage.',
};

export { apiKeyScopeLabels };

/** How a key is shown in lists: its prefix and an ellipsis for the part never shown again. */
export function maskedKey(prefix: string): string {
  return `${prefix}…`;
}

export const expiryChoices = ['never', '30', '90', '365', 'date'] as const;
export type ExpiryChoice = (typeof expiryChoices)[number];

export const expiryLabels: Record<ExpiryChoice, string> = {
  never: 'Never',
  '30': 'In 30 days',
  '90': 'In 90 days',
  '365': 'In a year',
  date: 'On a date…',
};

const day = 86_400_000;

/** `YYYY-MM-DD` of a moment in the browser's time zone (what an `<input type="date">` holds). */
export function localDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The earliest and latest dates the date picker offers: tomorrow, and two years from now. */
export function expiryDateBounds(now: Date): { min: string; max: string } {
  return {
    min: localDate(new Date(now.getTime() + day)),
    max: localDate(new Date(now.getTime() + (apiKeyMaxLifetimeDays - 1) * day)),
  };
}

/**
 * The key's `expiresAt` for the API: null for never, N days from now, or the end of the chosen
 * day in the browser's time zone (a key "expiring on March 3" works all of March 3).
 */
export function expiresAt(choice: ExpiryChoice, date: string, now: Date): string | null {
  if (choice === 'never') return null;
  if (choice === 'date') return new Date(`${date}T23:59:59.999`).toISOString();
  return new Date(now.getTime() + Number(choice) * day).toISOString();
}

/**
 * Why a chosen expiry date cannot be used, or null: the picker's bounds are checked again here, as
 * a typed date can be anything.
 */
export function expiryDateProblem(date: string, now: Date): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00`).getTime()))
    return 'Choose the day the key stops working.';
  const { min, max } = expiryDateBounds(now);
  if (date < min) return 'Choose a day after today.';
  if (date > max) return 'A key can expire at most two years from now.';
  return null;
}

/** The shell command shown in the empty state: list the projects with a key. */
export function curlExample(origin: string): string {
  return `curl ${origin}/v1/projects \\\n  -H "Authorization: Bearer rst_…"`;
}
