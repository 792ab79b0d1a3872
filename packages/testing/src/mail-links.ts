// Links in the emails Roster sends, as a person would follow them.
import type { ParsedMail } from 'mailparser';

export const invitationLinkPattern = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/;
export const verifyEmailLinkPattern = /https?:\/\/\S+\/verify-email\/[A-Za-z0-9_-]{20,}/;
export const resetPasswordLinkPattern = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{20,}/;

/** The first link matching `pattern` in an email's text (e.g. `<origin>/verify-email/<token>`). */
export function linkIn(mail: ParsedMail, pattern: RegExp): string {
  const link = pattern.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No link like ${pattern} in "${mail.subject}"`);
  return link;
}

/** The invitation link (`<origin>/invite/<token>`) in an email's text. */
export const invitationLink = (mail: ParsedMail): string => linkIn(mail, invitationLinkPattern);

/** The token of the `/invite/<token>` link in a message's text. */
export function tokenInLink(text: string | undefined): string | undefined {
  return text?.match(/\/invite\/([A-Za-z0-9_-]{43})\b/)?.[1];
}
