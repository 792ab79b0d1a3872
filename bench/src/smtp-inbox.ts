// A real SMTP server (smtp-server) in this process on a random local port, plain text, no auth. It
// keeps, for each message, its recipients, when it was received, and the `/invite/<token>` link it
// carries, if any; it does not parse the MIME (cheap enough to stay out of the worker's way).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMessage {
  recipients: string[];
  /** performance.now() when the server accepted the message ("250 OK"). */
  at: number;
  /** The token of the first `/invite/<token>` link in the raw message, if any. */
  inviteToken: string | undefined;
}

export interface SmtpInbox {
  url: string;
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

/** The invitation link's token, in the raw message; quoted-printable soft line breaks undone. */
function inviteTokenIn(raw: string): string | undefined {
  return raw.replace(/=\r?\n/g, '').match(/\/invite\/([A-Za-z0-9_-]{43})/)?.[1];
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const messages: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          at: performance.now(),
          inviteToken: inviteTokenIn(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
