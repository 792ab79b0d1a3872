import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerSettings } from '../src/app.js';
import { loadEnv } from '../src/env.js';
import { createLogger } from '../src/logger.js';

afterEach(() => vi.restoreAllMocks());

const settingsOf = (env: Record<string, string>) =>
  workerSettings(loadEnv(env), createLogger('silent')).webhooks;

describe('webhook settings of the worker', () => {
  it('refuse private addresses, time out after 10 s and retry from 21 s by default', () => {
    expect(settingsOf({})).toEqual({ allowPrivate: false, timeoutMs: 10_000, retryDelayMs: 21_000 });
  });

  it('take WEBHOOK_ALLOW_PRIVATE, WEBHOOK_TIMEOUT_MS and WEBHOOK_RETRY_DELAY_MS', () => {
    expect(
      settingsOf({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_TIMEOUT_MS: '500', WEBHOOK_RETRY_DELAY_MS: '200' }),
    ).toEqual({ allowPrivate: true, timeoutMs: 500, retryDelayMs: 200 });
    expect(settingsOf({ WEBHOOK_ALLOW_PRIVATE: 'false' })?.allowPrivate).toBe(false);
  });

  it('stop start-up with one line naming a bad value', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    expect(() => loadEnv({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow('exit');
    expect(lines).toEqual(['roster-worker: setting WEBHOOK_ALLOW_PRIVATE must be true or false']);
  });
});
