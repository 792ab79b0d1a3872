import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidKeyError,
  ObjectNotFoundError,
  RangeNotSatisfiableError,
  SizeMismatchError,
} from './errors.js';
import { drivers, type DriverUnderTest } from './test-support/drivers.js';
import { bodyOf, chunkAt, generatedBody, sha256Of, textOf } from './test-support/streams.js';

const MiB = 1024 * 1024;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe.each(['local', 's3'] as const)('%s storage', (kind) => {
  let driver: DriverUnderTest;
  beforeAll(async () => {
    driver = await drivers[kind]();
  });
  afterAll(() => driver.close());

  it('puts, heads, gets, lists and deletes an object', async () => {
    const { storage } = driver;
    expect(storage.kind).toBe(kind);
    await expect(storage.put('blobs/org-a/one', bodyOf('hello, bytes'))).resolves.toEqual({ size: 12 });
    const head = await storage.head('blobs/org-a/one');
    expect(head).toMatchObject({ key: 'blobs/org-a/one', size: 12 });
    expect(head?.lastModified).toBeInstanceOf(Date);
    expect(await textOf(await storage.get('blobs/org-a/one'))).toBe('hello, bytes');
    await storage.put('blobs/org-a/two', bodyOf(''));
    await storage.put('blobs/org-b/three', bodyOf('3'));
    const listed = await collect(storage.list('blobs/org-a/'));
    expect(listed.map((o) => [o.key, o.size]).sort()).toEqual([
      ['blobs/org-a/one', 12],
      ['blobs/org-a/two', 0],
    ]);
    expect((await collect(storage.list('blobs/org-'))).map((o) => o.key).sort()).toEqual([
      'blobs/org-a/one',
      'blobs/org-a/two',
      'blobs/org-b/three',
    ]);
    expect(await collect(storage.list('nothing/here/'))).toEqual([]);
    await storage.delete('blobs/org-a/one');
    await storage.delete('blobs/org-a/one');
    expect(await storage.head('blobs/org-a/one')).toBeNull();
    await expect(storage.get('blobs/org-a/one')).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect((await collect(storage.list('blobs/org-a/'))).map((o) => o.key)).toEqual(['blobs/org-a/two']);
  });

  it('replaces an object put again at the same key', async () => {
    await driver.storage.put('blobs/replace/x', bodyOf('first version'));
    await driver.storage.put('blobs/replace/x', bodyOf('second'));
    expect(await textOf(await driver.storage.get('blobs/replace/x'))).toBe('second');
  });

  it('serves byte ranges (inclusive end, clamped to the size) and refuses unsatisfiable ones', async () => {
    const { storage } = driver;
    await storage.put('ranges/abc', bodyOf('0123456789'));
    expect(await textOf(await storage.get('ranges/abc', { start: 2, end: 5 }))).toBe('2345');
    expect(await textOf(await storage.get('ranges/abc', { start: 9, end: 9 }))).toBe('9');
    expect(await textOf(await storage.get('ranges/abc', { start: 7, end: 100 }))).toBe('789');
    await expect(storage.get('ranges/abc', { start: 10, end: 12 })).rejects.toBeInstanceOf(
      RangeNotSatisfiableError,
    );
    await expect(storage.get('ranges/abc', { start: 5, end: 4 })).rejects.toBeInstanceOf(
      RangeNotSatisfiableError,
    );
    await expect(storage.get('ranges/missing', { start: 0, end: 1 })).rejects.toBeInstanceOf(
      ObjectNotFoundError,
    );
  });

  it('keeps keys with unicode, spaces and punctuation', async () => {
    const key = 'blobs/ünïcødé/报告 (1) #%+&.pdf';
    await driver.storage.put(key, bodyOf('ü'));
    expect(await textOf(await driver.storage.get(key))).toBe('ü');
    expect((await collect(driver.storage.list('blobs/ünïcødé/'))).map((o) => o.key)).toEqual([key]);
    await driver.storage.delete(key);
    expect(await driver.storage.head(key)).toBeNull();
  });

  it('refuses keys that are empty, absolute or climb out', async () => {
    for (const key of [
      '',
      '/etc/passwd',
      '../outside',
      'a/../../b',
      'a//b',
      'a/./b',
      'back\\slash',
      'nul\u0000',
      '.tmp/x',
    ]) {
      await expect(driver.storage.put(key, bodyOf('x'))).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(driver.storage.get(key)).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(driver.storage.delete(key)).rejects.toBeInstanceOf(InvalidKeyError);
    }
    expect(() => driver.storage.list('../')).toThrow(InvalidKeyError);
  });

  it('answers a missing key with ObjectNotFoundError on get and null on head', async () => {
    await expect(driver.storage.get('blobs/none/such')).rejects.toBeInstanceOf(ObjectNotFoundError);
    expect(await driver.storage.head('blobs/none/such')).toBeNull();
    await expect(driver.storage.delete('blobs/none/such')).resolves.toBeUndefined();
  });

  it('streams a 20 MiB body (several multipart parts on S3) and reads it back whole and in a range', async () => {
    const body = generatedBody(20 * MiB + 123);
    await expect(
      driver.storage.put('blobs/big/file', body.stream, { size: 20 * MiB + 123 }),
    ).resolves.toEqual({
      size: 20 * MiB + 123,
    });
    expect(await sha256Of(await driver.storage.get('blobs/big/file'))).toBe(body.sha256);
    const slice = await buffer(
      await driver.storage.get('blobs/big/file', { start: 9 * MiB - 2, end: 9 * MiB + 5 }),
    );
    expect(slice).toEqual(chunkAt(9 * MiB - 2, 8, 7));
    expect((await driver.storage.head('blobs/big/file'))?.size).toBe(20 * MiB + 123);
    expect(await driver.leftovers()).toEqual([]);
  });

  it('leaves nothing when the body fails midway (after a multipart upload began)', async () => {
    const body = generatedBody(20 * MiB, {
      onOffset: (offset) => {
        if (offset >= 12 * MiB) throw new Error('connection reset by peer');
      },
    });
    await expect(driver.storage.put('blobs/broken/file', body.stream)).rejects.toThrow(
      'connection reset by peer',
    );
    expect(await driver.storage.head('blobs/broken/file')).toBeNull();
    expect(await driver.leftovers()).toEqual([]);
  });

  it('leaves nothing when the signal aborts midway', async () => {
    const controller = new AbortController();
    const body = generatedBody(20 * MiB, {
      onOffset: (offset) => {
        if (offset === 10 * MiB) controller.abort();
      },
    });
    await expect(
      driver.storage.put('blobs/aborted/file', body.stream, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await driver.storage.head('blobs/aborted/file')).toBeNull();
    expect(await driver.leftovers()).toEqual([]);
  });

  it('rejects an aborted put with an AbortError carrying the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('the client went away');
    const body = generatedBody(12 * MiB, {
      onOffset: (offset) => {
        if (offset === 9 * MiB) controller.abort(reason);
      },
    });
    await expect(
      driver.storage.put('blobs/aborted/reason', body.stream, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError', cause: reason });
    expect(await driver.storage.head('blobs/aborted/reason')).toBeNull();
    expect(await driver.leftovers()).toEqual([]);
  });

  it('refuses an already aborted signal without reading the body', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      driver.storage.put('blobs/aborted/early', bodyOf('x'), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(await driver.storage.head('blobs/aborted/early')).toBeNull();
  });

  it('refuses a body shorter or longer than the declared size, keeping nothing', async () => {
    await expect(driver.storage.put('blobs/lying/short', bodyOf('abc'), { size: 4 })).rejects.toBeInstanceOf(
      SizeMismatchError,
    );
    await expect(
      driver.storage.put('blobs/lying/long', generatedBody(9 * MiB).stream, { size: 6 * MiB }),
    ).rejects.toBeInstanceOf(SizeMismatchError);
    expect(await driver.storage.head('blobs/lying/short')).toBeNull();
    expect(await driver.storage.head('blobs/lying/long')).toBeNull();
    expect(await driver.leftovers()).toEqual([]);
  });

  it('does not show a put in progress before it completes', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield Buffer.from('part one;');
      await gate;
      yield Buffer.from('part two');
    }
    const put = driver.storage.put('blobs/slow/file', Readable.from(slow()));
    await new Promise((resolve) => setImmediate(resolve));
    expect(await driver.storage.head('blobs/slow/file')).toBeNull();
    release();
    await put;
    expect(await textOf(await driver.storage.get('blobs/slow/file'))).toBe('part one;part two');
  });
});
