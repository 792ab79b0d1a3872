import { open, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const staleTempMs = 24 * 60 * 60 * 1000;

/** Flushes a written file's data (and the size needed to read it back) to disk before it is renamed into place. */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Flushes a directory entry (the rename) to disk; some filesystems refuse this, which is fine. */
export async function syncDirectory(path: string): Promise<void> {
  try {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A directory fsync is best effort (EINVAL/EISDIR on some filesystems).
  }
}

/** Removes temp files a crashed process left (older than a day, so no put still writes them). Best effort. */
export async function removeStaleTemps(directory: string, now = Date.now()): Promise<void> {
  try {
    for (const name of await readdir(directory)) {
      const path = join(directory, name);
      const info = await stat(path).catch(() => null);
      if (info && now - info.mtimeMs > staleTempMs) await rm(path, { force: true });
    }
  } catch {
    // Cleaning up is an optimisation; a failure here must not fail a put.
  }
}
