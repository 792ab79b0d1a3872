import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStorageUrl } from '../settings.js';
import { bodyOf } from '../test-support/streams.js';
import { startS3rver, type RunningS3rver } from '../testing/s3rver.js';
import type { StorageSettings } from '../types.js';
import { S3Storage } from './s3-storage.js';

type S3Settings = Extract<StorageSettings, { kind: 's3' }>;

describe('S3 storage', () => {
  let server: RunningS3rver;
  let settings: S3Settings;
  beforeAll(async () => {
    server = await startS3rver();
    settings = parseStorageUrl(server.url, '/unused') as S3Settings;
  });
  afterAll(() => server.close());

  it('lists across ListObjectsV2 pages', async () => {
    const storage = new S3Storage(settings, { listPageSize: 2 });
    const keys = ['blobs/p/1', 'blobs/p/2', 'blobs/p/3', 'blobs/p/4', 'blobs/p/5', 'blobs/q/6'];
    for (const key of keys) await storage.put(key, bodyOf(key));
    const listed: string[] = [];
    for await (const object of storage.list('blobs/p/')) listed.push(object.key);
    expect(listed.sort()).toEqual(keys.slice(0, 5));
    await storage.close();
  });
});
