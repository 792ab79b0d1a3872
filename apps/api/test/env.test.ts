import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.js';

describe('settings', () => {
  it('default to SQLite under .data, local Redis and port 3000', () => {
    const env = parseEnv({});
    if (typeof env === 'string') throw new Error(env);
    expect(env.database).toMatch(/\.data\/roster\.db$/);
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.PORT).toBe(3000);
    expect(env.appOrigin).toBe('http://localhost:3000');
    expect(env.secureCookies).toBe(false);
  });

  it('use Secure cookies when APP_URL is https', () => {
    const env = parseEnv({ APP_URL: 'https://roster.example.com/app' });
    expect(env).toMatchObject({ appOrigin: 'https://roster.example.com', secureCookies: true });
  });

  it.each([
    [{ PORT: 'abc' }, /^roster: setting PORT /],
    [{ PORT: '70000' }, /^roster: setting PORT /],
    [{ APP_URL: 'not a url' }, /^roster: setting APP_URL must be the origin/],
    [{ REDIS_URL: 'localhost' }, /^roster: setting REDIS_URL must be a URL/],
  ])('name the bad setting in one line: %o', (source, line) => {
    expect(parseEnv(source)).toMatch(line);
  });

  it.each([
    ['false', false],
    ['', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.1', ['10.0.0.1']],
    [
      ' 10.0.0.0/8, 192.168.1.1 ,::1,fd00::/8,loopback',
      ['10.0.0.0/8', '192.168.1.1', '::1', 'fd00::/8', 'loopback'],
    ],
  ])('take TRUST_PROXY=%j as a hop count or the trusted proxies', (value, trust) => {
    expect(parseEnv({ TRUST_PROXY: value })).toMatchObject({ TRUST_PROXY: trust });
  });

  it.each(['true', 'yes', '10.0.0.1/33', '10.0.0', 'proxy.example.com', '1.5', '-1', '10.0.0.1,'])(
    'refuse TRUST_PROXY=%j, saying what it takes (true would trust any client)',
    (value) => {
      expect(parseEnv({ TRUST_PROXY: value })).toMatch(
        /^roster: setting TRUST_PROXY must be false, the number of proxies .* true is refused/,
      );
    },
  );

  it('stop the API at start-up with that one line', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^roster: setting PORT /)]);
  });
});
