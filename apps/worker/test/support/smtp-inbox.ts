import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface SmtpInbox {
  /** `smtp://127.0.0.1:<port>` of this server. */
  url: string;
  /** Every message accepted, parsed, in order of arrival. */
  messages: ParsedMail[];
  /** RCPT TO commands seen, accepted or not. */
  recipientsTried: string[];
  close(): Promise<void>;
}

export interface SmtpInboxOptions {
  /** Return an error message to reject this recipient with a 550 (called for every RCPT TO). */
  reject?: (recipient: string, attempt: number) => string | undefined;
  /**
   * Keeps each message this long (ms) after receiving it before saying "250 OK": a sender killed
   * meanwhile has had its email delivered without knowing it.
   */
  acceptDelayMs?: number;
}

/** A real SMTP server in this process on a random local port: plain text, no auth needed. */
export async function startSmtpInbox(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const recipientsTried: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      recipientsTried.push(address.address);
      const refusal = options.reject?.(address.address, recipientsTried.length);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      // Parsed and stored before the client hears "250 OK": once a send resolves, it is here.
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          if (options.acceptDelayMs) setTimeout(() => callback(), options.acceptDelayMs);
          else callback();
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
    recipientsTried,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
