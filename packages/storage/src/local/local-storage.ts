import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStore } from '@tus/file-store';
import type { DataStore } from '@tus/utils';
import { ObjectNotFoundError } from '../errors.js';
import { assertValidKey, assertValidPrefix, assertValidRange, tempDirName } from '../keys.js';
import { SizeGuard } from '../size-guard.js';
import type { ByteRange, PutOptions, Storage, StoredObject } from '../types.js';
import { listFiles } from './list-files.js';
import { removeStaleTemps, syncDirectory, syncFile } from './sync.js';

const tusDir = 'tus';
const writeBuffer = 1024 * 1024;

/**
 * Objects as files under `root` (key `a/b` → `root/a/b`). A put writes `root/.tmp/<uuid>`, fsyncs it
 * and renames it into place, so a reader sees the whole object or none; a failed put removes the temp.
 */
export class LocalStorage implements Storage {
  readonly kind = 'local';
  private tus: FileStore | undefined;
  private cleaned = false;

  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Readable, options: PutOptions = {}): Promise<{ size: number }> {
    const target = this.pathOf(key);
    const temps = join(this.root, tempDirName);
    await mkdir(temps, { recursive: true });
    if (!this.cleaned) {
      this.cleaned = true;
      void removeStaleTemps(temps);
    }
    const temp = join(temps, randomUUID());
    const guard = new SizeGuard(options.size);
    // 1 MiB of buffered writes lets the stream hand the disk bigger writev batches (twice the
    // throughput of the 16 KiB default on a page-cache write) while memory stays bounded.
    const file = createWriteStream(temp, { flags: 'wx', highWaterMark: writeBuffer });
    try {
      await pipeline(body, guard, file, options.signal ? { signal: options.signal } : {});
      await syncFile(temp);
      await mkdir(dirname(target), { recursive: true });
      await rename(temp, target);
      await syncDirectory(dirname(target));
      return { size: guard.bytes };
    } catch (error) {
      body.destroy();
      // The file opens asynchronously: a put refused before it opened would otherwise remove the
      // temp file before it exists, and leave it behind.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(key);
    const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new ObjectNotFoundError(key);
      throw error;
    });
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new ObjectNotFoundError(key);
      if (!range) return handle.createReadStream();
      const end = assertValidRange(key, range, info.size);
      return handle.createReadStream({ start: range.start, end });
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async head(key: string): Promise<StoredObject | null> {
    const info = await stat(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    return info?.isFile() ? { key, size: info.size, lastModified: info.mtime } : null;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTDIR') throw error;
    });
  }

  list(prefix: string): AsyncIterable<StoredObject> {
    const slash = prefix.lastIndexOf('/');
    assertValidPrefix(prefix);
    const directory = slash < 0 ? '' : prefix.slice(0, slash);
    return listFiles(this.root, directory, prefix);
  }

  /** @tus/file-store in `<root>/tus`, created here (its constructor would throw an unclear error from a callback). */
  tusDatastore(): DataStore {
    if (!this.tus) {
      const directory = join(this.root, tusDir);
      mkdirSync(directory, { recursive: true });
      this.tus = new FileStore({ directory });
    }
    return this.tus;
  }

  tusKeys(uploadId: string): { bytes: string; sidecars: string[] } {
    return { bytes: `${tusDir}/${uploadId}`, sidecars: [`${tusDir}/${uploadId}.json`] };
  }

  async close(): Promise<void> {}
}
