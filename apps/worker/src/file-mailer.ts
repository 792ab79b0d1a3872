import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';
import type { Mailer } from './mailer.js';

/**
 * The development mailer (no SMTP_URL): each message is written, exactly as it would be sent, to
 * `<mailDir>/<time>-<recipient>-<random>.eml` (open it in any mail client), and its links are
 * logged so that a developer can follow them from the worker's output.
 */
export function createFileMailer(mailDir: string, from: string, logger: Logger): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'file',
    async send(email) {
      const info = await transport.sendMail({ from, ...email });
      await mkdir(mailDir, { recursive: true });
      const file = join(
        mailDir,
        `${fileStamp(new Date())}-${slug(email.to)}-${randomBytes(3).toString('hex')}.eml`,
      );
      await writeFile(file, info.message as Buffer); // a Buffer, as `buffer: true` asks
      logger.info(
        { to: email.to, subject: email.subject, file, links: linksIn(email.text) },
        'email written to a file (SMTP_URL is not set)',
      );
      return { messageId: info.messageId };
    },
    async close() {
      transport.close();
    },
  };
}

/** The http(s) links of a plain-text email, each once, in order. */
export function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [])];
}

const fileStamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const slug = (address: string) =>
  address
    .toLowerCase()
    .replace(/[^a-z0-9@._-]+/g, '_')
    .slice(0, 80);
