import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationLink, linkIn, tokenInLink, verifyEmailLinkPattern } from './mail-links.js';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.js';

const token = 'a'.repeat(43);
let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox({ reject: (to) => (to.startsWith('nobody') ? 'No such mailbox' : undefined) });
});
afterAll(() => inbox.close());

const send = (to: string, text: string) =>
  nodemailer.createTransport(inbox.url).sendMail({ from: 'roster@example.com', to, subject: 'Hello', text });

describe('startSmtpInbox', () => {
  it('keeps each message, parsed, with its envelope; a test waits for the one it expects', async () => {
    const waiting = inbox.waitForMessage('Sam@Example.com', { text: /invite/ });
    await send('sam@example.com', 'Welcome.');
    await send(
      'sam@example.com',
      `Join: http://roster.test/invite/${token} and confirm http://roster.test/verify-email/${'b'.repeat(32)}`,
    );
    const mail = await waiting;
    expect(mail.envelopeTo).toEqual(['sam@example.com']);
    expect(mail.subject).toBe('Hello');
    expect(invitationLink(mail)).toBe(`http://roster.test/invite/${token}`);
    expect(tokenInLink(mail.text)).toBe(token);
    expect(linkIn(mail, verifyEmailLinkPattern)).toBe(`http://roster.test/verify-email/${'b'.repeat(32)}`);
    expect(inbox.messages).toHaveLength(2);
    await expect(inbox.waitForMessage('sam@example.com', { since: 2, timeoutMs: 200 })).rejects.toThrow(
      'No email to sam@example.com within 200 ms',
    );
  });

  it('refuses the recipients the test says, and records every attempt', async () => {
    await expect(send('nobody@example.com', 'Hi')).rejects.toThrow(/No such mailbox/);
    expect(inbox.recipientsTried).toContain('nobody@example.com');
    expect(inbox.messages.some((m) => m.envelopeTo.includes('nobody@example.com'))).toBe(false);
  });
});
