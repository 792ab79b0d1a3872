import nodemailer from 'nodemailer';
import { createFileMailer } from './file-mailer.js';
import type { Logger } from './logger.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /**
   * The Message-ID header (`<id@domain>`); nodemailer makes a random one when unset. The same email
   * sent again carries the same id, so that the recipient's mail system can show it once.
   */
  messageId?: string;
}

/** Where rendered emails go: an SMTP server, or files under DATA_DIR/mail in development. */
export interface Mailer {
  readonly kind: 'smtp' | 'file';
  /** Resolves once the message is accepted (by the SMTP server, or written); rejects otherwise. */
  send(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export interface MailerSettings {
  /** `smtp://user:pass@host:port` or `smtps://…`; unset → the file mailer. */
  smtpUrl?: string | undefined;
  /** The From header, e.g. `Roster <no-reply@example.com>`. */
  from: string;
  /** The file mailer's directory. */
  mailDir: string;
  logger: Logger;
}

export function createMailer(settings: MailerSettings): Mailer {
  if (!settings.smtpUrl) return createFileMailer(settings.mailDir, settings.from, settings.logger);
  return createSmtpMailer(settings.smtpUrl, settings.from);
}

/**
 * Sends through the SMTP server named by the URL. Nodemailer reads host, port, TLS (`smtps://`) and
 * credentials from it, and transport options from its query (`?connectionTimeout=10000`). Connections
 * are pooled (reused across emails) unless the URL says `?pool=false`.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  // A stuck server must not hold a send past its delivery lease (10 minutes): two minutes of
  // silence fail the attempt, which is then retried (nodemailer waits 10 minutes by default).
  if (!url.searchParams.has('socketTimeout')) url.searchParams.set('socketTimeout', '120000');
  const transport = nodemailer.createTransport(url.toString());
  return {
    kind: 'smtp',
    async send(email) {
      const info = await transport.sendMail({ from, ...email });
      return { messageId: info.messageId };
    },
    async close() {
      transport.close();
    },
  };
}
