import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

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

/** A real SMTP server in this process on a free local port, keeping every message it accepts. */
export async function startMailInbox(): Promise<MailInbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitForMessage(to, { text = /./, since = 0, timeoutMs = 20_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages
          .slice(since)
          .find((mail) => recipients(mail).includes(to.toLowerCase()) && text.test(mail.text ?? ''));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const invitationLinkPattern = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/;

/** The invitation link (`<origin>/invite/<token>`) in an email's text. */
export function invitationLink(mail: ParsedMail): string {
  const link = invitationLinkPattern.exec(mail.text ?? '')?.[0];
  if (!link) throw new Error(`No invitation link in "${mail.subject}"`);
  return link;
}
