import type { ParsedMail } from 'mailparser';
import { startSmtpInbox } from '../../worker/test/support/smtp-inbox';

export interface MailInbox {
  /** `smtp://127.0.0.1:<port>`: where the worker sends. */
  url: string;
  messages: ParsedMail[];
  /**
   * The first message to `to` (case-insensitive) whose text matches, among those received after the
   * first `since` messages, waiting for it to arrive.
   */
  waitForMessage(
    to: string,
    options?: { text?: RegExp; since?: number; timeoutMs?: number },
  ): Promise<ParsedMail>;
  close(): Promise<void>;
}

const recipients = (mail: ParsedMail) =>
  [mail.to ?? []].flat().flatMap((group) => group.value.map((address) => address.address?.toLowerCase()));

/** The worker tests' in-process SMTP server, with a wait for the message a journey expects. */
export async function startMailInbox(): Promise<MailInbox> {
  const inbox = await startSmtpInbox();
  return {
    url: inbox.url,
    messages: inbox.messages,
    async waitForMessage(to, { text = /./, since = 0, timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.messages
          .slice(since)
          .find((mail) => recipients(mail).includes(to.toLowerCase()) && text.test(mail.text ?? ''));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: inbox.close,
  };
}

export const invitationLinkPattern = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/;

/** The invitation link (`<origin>/invite/<token>`) in an email's text. */
export function invitationLink(mail: ParsedMail): string {
  const link = invitationLinkPattern.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No invitation link in "${mail.subject}"`);
  return link;
}

export const verifyEmailLinkPattern = /https?:\/\/\S+\/verify-email\/[A-Za-z0-9_-]{20,}/;
export const resetPasswordLinkPattern = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{20,}/;

/** The first link matching `pattern` in an email's text (e.g. `<origin>/verify-email/<token>`). */
export function linkIn(mail: ParsedMail, pattern: RegExp): string {
  const link = pattern.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No link like ${pattern} in "${mail.subject}"`);
  return link;
}
