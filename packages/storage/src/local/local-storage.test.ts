import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyOf, generatedBody, sha256Of } from '../test-support/streams.js';
import { LocalStorage } from './local-storage.js';

describe('local storage', () => {
  let root: string;
  let storage: LocalStorage;
  beforeEach(async () => {
    root = join(await mkdtemp(join(tmpdir(), 'roster-local-')), 'storage');
    storage = new LocalStorage(root);
  });
  afterEach(() => rm(join(root, '..'), { recursive: true, force: true }));

  it('keeps key a/b/c as the file <root>/a/b/c', async () => {
    await storage.put('blobs/org/one', bodyOf('bytes'));
    expect(await readFile(join(root, 'blobs', 'org', 'one'), 'utf8')).toBe('bytes');
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
  });

  it('rejects a put under a key that is a file, removing its temp', async () => {
    await storage.put('blobs/file', bodyOf('x'));
    await expect(storage.put('blobs/file/child', bodyOf('y'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    expect(await storage.head('blobs/file/child')).toBeNull();
  });

  it('gives each of two concurrent puts of one key a whole object, the last one renamed winning', async () => {
    const [a, b] = [generatedBody(3 * 1024 * 1024, { seed: 1 }), generatedBody(2 * 1024 * 1024, { seed: 2 })];
    await Promise.all([storage.put('blobs/race', a.stream), storage.put('blobs/race', b.stream)]);
    expect([a.sha256, b.sha256]).toContain(await sha256Of(await storage.get('blobs/race')));
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
  });

  it('removes temp files older than a day that a crashed process left, on its first put', async () => {
    await mkdir(join(root, '.tmp'), { recursive: true });
    await writeFile(join(root, '.tmp', 'stale'), 'left by a crash');
    await writeFile(join(root, '.tmp', 'recent'), 'another process writing now');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(join(root, '.tmp', 'stale'), twoDaysAgo, twoDaysAgo);
    await storage.put('blobs/x', bodyOf('x'));
    await expect.poll(() => readdir(join(root, '.tmp'))).toEqual(['recent']);
    const keys: string[] = [];
    for await (const object of storage.list('')) keys.push(object.key);
    expect(keys).toEqual(['blobs/x']);
  });
});
