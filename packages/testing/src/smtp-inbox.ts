import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A message as the inbox received it: parsed, with its envelope and time of arrival. */
export type ReceivedMail = ParsedMail & {
  /** RCPT TO addresses of its envelope, lower case. */
  envelopeTo: string[];
  /** performance.now() when it was received (before "250 OK"). */
  receivedAt: number;
};

export interface SmtpInbox {
  /** `smtp://127.0.0.1:<port>` of this server: where the worker sends. */
  url: string;
  /** Every message accepted, parsed, in order of arrival. */
  messages: ReceivedMail[];
  /** RCPT TO commands seen, accepted or not. */
  recipientsTried: string[];
  /**
   * The first message to `to` (case-insensitive) whose text matches, among those received after the
   * first `since` messages, waiting for it to arrive.
   */
  waitForMessage(
    to: string,
    options?: { text?: RegExp; since?: number; timeoutMs?: number },
  ): Promise<ReceivedMail>;
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
  const messages: ReceivedMail[] = [];
  const recipientsTried: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Connections still open at close (a client SIGKILLed mid-session) are dropped after a second,
    // not the default 30.
    closeTimeout: 1000,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      recipientsTried.push(address.address);
      const refusal = options.reject?.(address.address, recipientsTried.length);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      // Parsed and stored before the client hears "250 OK": once a send resolves, it is here.
      simpleParser(stream).then(
        (mail) => {
          messages.push(Object.assign(mail, { envelopeTo, receivedAt: performance.now() }));
          if (options.acceptDelayMs) setTimeout(() => callback(), options.acceptDelayMs);
          else callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client's connection failing (a worker SIGKILLed mid-session resets it: ECONNRESET) is
  // reported as the server's 'error'; with no listener that event would be an uncaught exception.
  server.on('error', () => undefined);
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    recipientsTried,
    async waitForMessage(to, { text = /./, since = 0, timeoutMs = 20_000 } = {}) {
      const address = to.toLowerCase();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages
          .slice(since)
          .find((mail) => mail.envelopeTo.includes(address) && text.test(mail.text ?? ''));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
