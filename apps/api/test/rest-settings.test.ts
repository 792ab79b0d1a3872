import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.js';

describe('STORAGE_URL', () => {
  it('is optional: content then lives under DATA_DIR', () => {
    const env = parseEnv({ DATA_DIR: '/srv/roster' });
    if (typeof env === 'string') throw new Error(env);
    expect(env.STORAGE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe('/srv/roster');
  });

  it.each([
    'file:///var/lib/roster/storage',
    's3://roster-content?endpoint=http://127.0.0.1:9000&region=eu-west-1&forcePathStyle=true',
    's3://KEY:SECRET@roster-content?region=us-east-1',
  ])('takes %s', (url) => {
    expect(parseEnv({ STORAGE_URL: url })).toMatchObject({ STORAGE_URL: url });
  });

  it.each([
    'not a url',
    'ftp://host/dir',
    's3://x?region=us-east-1',
    's3://roster-content?bucket=no',
    'file://host/dir',
  ])('refuses %s in one line naming STORAGE_URL', (url) => {
    const line = parseEnv({ STORAGE_URL: url });
    expect(line).toMatch(/^roster: setting STORAGE_URL /);
    expect(String(line)).not.toContain('\n');
  });

  it('stops the API at start-up with that one line', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, STORAGE_URL: 's3://x' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^roster: setting STORAGE_URL /)]);
  });
});
