// The worker's content settings: STORAGE_URL (checked by @roster/storage, as the API does) and the
// content sweep's schedule and grace periods.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../src/env.js';

afterEach(() => vi.restoreAllMocks());

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

describe('content settings', () => {
  it('default to local storage under DATA_DIR and a sweep every 10 minutes', () => {
    const env = loadEnv({ DATA_DIR: '/var/lib/roster' });
    expect(env.STORAGE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe('/var/lib/roster');
    expect(env.contentSweep).toEqual({ everyMs: 600_000, graceMs: 3_600_000, staleUploadMs: 86_400_000 });
  });

  it('reads STORAGE_URL and the sweep settings', () => {
    const url = 's3://roster-content?endpoint=http://127.0.0.1:9000&region=eu-west-1&forcePathStyle=true';
    const env = loadEnv({
      STORAGE_URL: url,
      CONTENT_SWEEP_EVERY_MS: '60000',
      CONTENT_ORPHAN_GRACE_MS: '120000',
      CONTENT_STALE_UPLOAD_MS: '7200000',
    });
    expect(env.STORAGE_URL).toBe(url);
    expect(env.contentSweep).toEqual({ everyMs: 60_000, graceMs: 120_000, staleUploadMs: 7_200_000 });
    // An empty value (STORAGE_URL= in a .env file) means unset.
    expect(loadEnv({ STORAGE_URL: '' }).STORAGE_URL).toBeUndefined();
  });

  it.each([
    ['STORAGE_URL', 'ftp://files.example.com/roster'],
    ['STORAGE_URL', 's3://X?region=eu-west-1'],
    ['STORAGE_URL', 'not a url'],
    ['CONTENT_SWEEP_EVERY_MS', 'often'],
    ['CONTENT_ORPHAN_GRACE_MS', '5'],
  ])('stops on a bad %s (%s) with one line naming it', (name, value) => {
    const { lines, code } = failure({ [name]: value });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^roster-worker: setting ${name} `));
  });
});
