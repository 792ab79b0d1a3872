import { LocalStorage } from './local/local-storage.js';
import { S3Storage } from './s3/s3-storage.js';
import { parseStorageUrl } from './settings.js';
import type { Storage } from './types.js';

/**
 * The storage STORAGE_URL names (see parseStorageUrl): a local directory (default `${dataDir}/storage`)
 * or an S3-compatible bucket. Throws one clear line when the URL is invalid.
 */
export function createStorage(url: string | undefined, dataDir: string): Storage {
  const settings = parseStorageUrl(url, dataDir);
  if (typeof settings === 'string') throw new Error(settings);
  return settings.kind === 'local' ? new LocalStorage(settings.directory) : new S3Storage(settings);
}
