import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../src/env.js';

afterEach(() => vi.restoreAllMocks());

/** Runs loadEnv on a bad setting and returns the lines it printed and the exit code it asked for. */
function failure(source: Record<string, string>): { lines: string[]; code: unknown } {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  let code: unknown;
  vi.spyOn(process, 'exit').mockImplementation((c) => {
    code = c;
    throw new Error('exit');
  });
  expect(() => loadEnv(source)).toThrow('exit');
  return { lines, code };
}

describe('loadEnv', () => {
  it('has development defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6379',
      MAIL_FROM: 'Roster <no-reply@localhost>',
      appUrl: 'http://localhost:3000',
      WORKER_CONCURRENCY: 5,
      LOG_LEVEL: 'info',
    });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.database).toMatch(/\/\.data\/roster\.db$/);
    expect(env.mailDir).toMatch(/\/\.data\/mail$/);
  });

  it('reads the settings', () => {
    const env = loadEnv({
      DATABASE_URL: 'postgres://roster@db/roster',
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      APP_URL: 'https://roster.example.com/',
      DATA_DIR: '/var/lib/roster',
      WORKER_CONCURRENCY: '12',
      EMAIL_LEASE_MS: '120000',
      EMAIL_RETRY_DELAY_MS: '1000',
    });
    expect(env).toMatchObject({
      database: 'postgres://roster@db/roster',
      SMTP_URL: 'smtps://user:secret@mail.example.com:465',
      appUrl: 'https://roster.example.com',
      mailDir: '/var/lib/roster/mail',
      WORKER_CONCURRENCY: 12,
      delivery: {
        leaseMs: 120_000,
        retry: { firstDelayMs: 1000, maxDelayMs: 3_600_000, giveUpAfterMs: 86_400_000 },
      },
    });
  });

  it.each([
    ['SMTP_URL', 'http://mail.example.com'],
    ['WORKER_CONCURRENCY', '0'],
    ['APP_URL', 'roster.example.com'],
    ['REDIS_URL', 'not a url'],
    ['MAIL_FROM', 'nobody'],
    ['LOG_LEVEL', 'loud'],
    ['EMAIL_LEASE_MS', '10'],
    ['EMAIL_GIVE_UP_AFTER_MS', 'a day'],
  ])('stops on a bad %s with one line naming it', (name, value) => {
    const { lines, code } = failure({ [name]: value });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^roster-worker: setting ${name} `));
  });
});
