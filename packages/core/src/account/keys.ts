import type { AccountTokenPurpose } from '@roster/db';

/**
 * The delivery key (and template name) of the email carrying an account token's link:
 * `verify-email:<tokenId>`, `reset-password:<tokenId>` or `confirm-email-change:<tokenId>`, one
 * email per token.
 */
export const accountEmailTemplates = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
  change_email: 'confirm-email-change',
} as const satisfies Record<AccountTokenPurpose, string>;

export type AccountEmailTemplate = (typeof accountEmailTemplates)[AccountTokenPurpose];

export const accountEmailKey = (purpose: AccountTokenPurpose, tokenId: string) =>
  `${accountEmailTemplates[purpose]}:${tokenId}`;

/** The purpose and token a delivery key is for, or null when it is not an account email's key. */
export function accountTokenOfKey(key: string): { purpose: AccountTokenPurpose; tokenId: string } | null {
  for (const purpose of Object.keys(accountEmailTemplates) as AccountTokenPurpose[]) {
    const prefix = `${accountEmailTemplates[purpose]}:`;
    if (key.startsWith(prefix) && key.length > prefix.length) {
      return { purpose, tokenId: key.slice(prefix.length) };
    }
  }
  return null;
}

/** The delivery key (and template) of the notice telling the old address it was replaced. */
const emailChangedPrefix = 'email-changed:';

export const emailChangedKey = (tokenId: string) => `${emailChangedPrefix}${tokenId}`;

/** The change_email link an email-changed delivery key is for, or null. */
export function tokenIdOfEmailChangedKey(key: string): string | null {
  return key.startsWith(emailChangedPrefix) && key.length > emailChangedPrefix.length
    ? key.slice(emailChangedPrefix.length)
    : null;
}
