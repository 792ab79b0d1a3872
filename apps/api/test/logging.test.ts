// Secrets never reach the API's log: link tokens in page paths and tRPC inputs, passwords, and
// whatever an error quotes. The server logs at `trace` into a stream this test reads.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, type Harness } from './harness.js';

let h: Harness;
let app: Awaited<ReturnType<typeof buildServer>>;
let webDist: string;
const log: string[] = [];
beforeAll(async () => {
  h = await createHarness();
  webDist = await mkdtemp(join(tmpdir(), 'roster-web-'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  app = await buildServer(h.deps, {
    webDist,
    logger: { level: 'trace', stream: { write: (line: string) => void log.push(line) } },
  });
});
afterAll(async () => {
  await app.close();
  await h.close();
  await rm(webDist, { recursive: true, force: true });
});

const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('the request log', () => {
  it('never holds a link token, from pages, tRPC inputs or errors', async () => {
    // Shaped as a real link token, so that it passes validation and reaches the procedures.
    const token = randomBytes(32).toString('base64url');
    const password = 'correct-horse-battery-staple-9';
    const answers = await Promise.all([
      ...['invite', 'verify-email', 'reset-password'].map((page) =>
        app.inject({ method: 'GET', url: `/${page}/${token}` }),
      ),
      ...['invitation.preview', 'invitation.accept', 'auth.verifyEmail', 'auth.resetPassword'].map((path) =>
        app.inject({ method: 'GET', url: `/trpc/${path}?input=${input({ token, password })}` }),
      ),
      app.inject({
        method: 'GET',
        url: `/trpc/org.list,invitation.preview?batch=1&input=${input({ 1: { token } })}`,
      }),
      app.inject({ method: 'GET', url: `/trpc/invitation.preview?input=%7B%22token%22%3A%22${token}` }),
      app.inject({
        method: 'POST',
        url: '/trpc/invitation.decline',
        payload: { token },
        headers: { origin: appOrigin },
      }),
    ]);
    expect(answers.map((a) => a.statusCode).every((s) => s < 500)).toBe(true);
    app.log.error(
      { err: new Error(`could not answer ${appOrigin}/invite/${token} for {"token":"${token}"}`) },
      'procedure failed',
    );

    const written = log.join('');
    expect(written).toContain('"url":"/invite/[redacted]"');
    expect(written).toContain(
      `"url":"/trpc/invitation.preview?input=${input({ token: '[redacted]', password: '[redacted]' })}"`,
    );
    expect(written).toContain('/invite/[redacted] for {\\"token\\":\\"[redacted]\\"}');
    expect(written).not.toContain(token);
    expect(written).not.toContain(password);
  });

  it('sends no Referer from a page that carries a token', async () => {
    const res = await app.inject({ method: 'GET', url: `/invite/${'t'.repeat(43)}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
