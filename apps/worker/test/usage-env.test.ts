import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerSettings } from '../src/app.js';
import { loadEnv } from '../src/env.js';
import { createLogger } from '../src/logger.js';

afterEach(() => vi.restoreAllMocks());

describe('USAGE_ROLLUP_EVERY_MS', () => {
  it('defaults to a minute and reaches the worker settings', () => {
    const logger = createLogger('silent');
    expect(workerSettings(loadEnv({}), logger).usageRollupEveryMs).toBe(60_000);
    expect(workerSettings(loadEnv({ USAGE_ROLLUP_EVERY_MS: '250' }), logger).usageRollupEveryMs).toBe(250);
  });

  it('refuses less than 100 ms with one line naming it', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    expect(() => loadEnv({ USAGE_ROLLUP_EVERY_MS: '10' })).toThrow('exit');
    expect(lines).toEqual([
      'roster-worker: setting USAGE_ROLLUP_EVERY_MS must be at least 100 (milliseconds)',
    ]);
  });
});
