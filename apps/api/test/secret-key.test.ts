import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../src/env.js';
import { loadSecretKey } from '../src/secret-key.js';

const dataDir = mkdtempSync(join(tmpdir(), 'roster-secret-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the signing key', () => {
  it('is made once under DATA_DIR, readable by its owner only, and kept across starts', () => {
    const dir = join(dataDir, 'fresh');
    const first = loadSecretKey({ DATA_DIR: dir });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(dir, 'secret-key')).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ DATA_DIR: dir })).toBe(first);
    expect(readFileSync(join(dir, 'secret-key'), 'utf8').trim()).toBe(first);
  });

  it('is SECRET_KEY when set, which must be at least 32 characters', () => {
    const key = 'k'.repeat(32);
    expect(loadSecretKey({ DATA_DIR: join(dataDir, 'unused'), SECRET_KEY: key })).toBe(key);
    expect(parseEnv({ SECRET_KEY: 'short' })).toBe(
      'roster: setting SECRET_KEY must be at least 32 characters',
    );
  });
});
