import type { AccountTokenPurpose } from '@roster/db';

/**
 * The delivery key (and template name) of the email carrying an account token's link:
 * `verify-email:<tokenId>` or `reset-password:<tokenId>`, one email per token.
 */
export const accountEmailTemplates = {
  verify_email: 'verify-email',
  reset_password: 'reset-password',
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
