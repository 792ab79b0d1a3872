import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.js';
import { linksIn } from '../src/file-mailer.js';
import { createMailer } from '../src/mailer.js';
import { appUrl, createWorkerHarness, type WorkerHarness } from './support/harness.js';
import { waitFor } from './support/wait-for.js';

let dataDir: string;
let h: WorkerHarness;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roster-worker-'));
  // SMTP_URL unset, as in development: the settings choose the file mailer under DATA_DIR/mail.
  const env = loadEnv({ DATA_DIR: dataDir, SMTP_URL: '' });
  h = await createWorkerHarness({
    mailer: (logger) =>
      createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, mailDir: env.mailDir, logger }),
  });
});
afterAll(async () => {
  await h?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the file mailer (no SMTP_URL)', () => {
  it('writes the welcome email as an .eml under DATA_DIR/mail and logs its link', async () => {
    expect(h.mailer.kind).toBe('file');
    await h.start();
    const { userId, email } = await h.createUserOwingWelcome('Katherine Johnson');
    await h.jobs.enqueue('email.welcome', { userId });
    await waitFor('the delivery to be sent', async () => (await h.delivery(userId))?.status === 'sent');

    const files = await readdir(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const message = await simpleParser(await readFile(join(dataDir, 'mail', files[0]!)));
    expect(message.subject).toBe('Welcome to Roster, Katherine Johnson');
    expect(message.to && !Array.isArray(message.to) && message.to.text).toBe(email);
    expect(message.html).toContain(`href="${appUrl}"`);

    const line = h.logs.find((l) => l.to === email && Array.isArray(l.links));
    expect(line).toMatchObject({ links: [appUrl], file: join(dataDir, 'mail', files[0]!) });
  });

  it('finds each link of a text once', () => {
    expect(linksIn('Open https://a.test/x (or https://a.test/x) then [http://b.test/y?z=1].')).toEqual([
      'https://a.test/x',
      'http://b.test/y?z=1',
    ]);
  });
});
