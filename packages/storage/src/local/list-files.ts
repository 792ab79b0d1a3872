import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDirName } from '../keys.js';
import type { StoredObject } from '../types.js';

/**
 * Walks `root/directory` depth-first, one directory handle at a time (memory stays flat on a folder
 * of 100,000 files), yielding every file whose key starts with `prefix`. The temp directory is skipped.
 */
export async function* listFiles(
  root: string,
  directory: string,
  prefix: string,
): AsyncGenerator<StoredObject> {
  const dir = await opendir(directory === '' ? root : join(root, ...directory.split('/'))).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    },
  );
  if (!dir) return;
  for await (const entry of dir) {
    const key = directory === '' ? entry.name : `${directory}/${entry.name}`;
    if (directory === '' && entry.name === tempDirName) continue;
    if (entry.isDirectory()) {
      if (prefix.startsWith(`${key}/`) || key.startsWith(prefix)) yield* listFiles(root, key, prefix);
    } else if (entry.isFile() && key.startsWith(prefix)) {
      const info = await stat(join(root, ...key.split('/'))).catch(() => null);
      if (info?.isFile()) yield { key, size: info.size, lastModified: info.mtime };
    }
  }
}
