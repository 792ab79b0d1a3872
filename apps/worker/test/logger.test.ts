import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe("the worker's logger", () => {
  it('writes no link token, whether in a field, a job payload or an error', () => {
    const token = randomBytes(32).toString('base64url');
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    const link = `http://roster.test/invite/${token}`;
    logger.info({ token, invitationId: 'i-1' }, 'a field named token');
    logger.warn({ job: { name: 'email.invitation', data: { token } } }, 'a job and its payload');
    logger.child({ jobId: 'j-1' }).error({ err: new Error(`could not send ${link}`) }, 'send failed');
    logger.error({ err: Object.assign(new Error('bad payload'), { payload: { inviteToken: token } }) }, 'x');

    const written = lines.join('');
    expect(written).not.toContain(token);
    expect(written).toContain('could not send http://roster.test/invite/[redacted]');
    expect(written).toContain('"invitationId":"i-1"');
  });

  it('keeps the links the file mailer logs for developers (no SMTP_URL)', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info(
      { links: ['http://roster.test/invite/abc'] },
      'email written to a file (SMTP_URL is not set)',
    );
    expect(lines.join('')).toContain('http://roster.test/invite/abc');
  });
});
