import { describe, expect, it } from 'vitest';
import { createStorage } from './create-storage.js';
import { parseStorageUrl } from './settings.js';

describe('parseStorageUrl', () => {
  it('defaults to the storage directory under DATA_DIR', () => {
    expect(parseStorageUrl(undefined, '/var/lib/roster')).toEqual({
      kind: 'local',
      directory: '/var/lib/roster/storage',
    });
    expect(parseStorageUrl('  ', '/data/')).toEqual({ kind: 'local', directory: '/data/storage' });
  });

  it('reads a file URL as a local directory', () => {
    expect(parseStorageUrl('file:///srv/roster%20files/', '/data')).toEqual({
      kind: 'local',
      directory: '/srv/roster files',
    });
  });

  it('reads an S3 URL with endpoint, region, path style and credentials', () => {
    expect(
      parseStorageUrl(
        's3://KEY:se%2Fcret@my-bucket?endpoint=http://127.0.0.1:9000&region=eu-west-1&forcePathStyle=true',
        '/d',
      ),
    ).toEqual({
      kind: 's3',
      bucket: 'my-bucket',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'KEY', secretAccessKey: 'se/cret' },
    });
    expect(parseStorageUrl('s3://assets.example', '/d')).toEqual({
      kind: 's3',
      bucket: 'assets.example',
      region: 'us-east-1',
      forcePathStyle: false,
    });
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['ftp://host/dir', "unsupported scheme 'ftp:'"],
    ['file://server/share', "names the host 'server'"],
    ['file:///', 'absolute directory other than /'],
    ['s3://ab', "bucket 'ab'"],
    ['s3://My_Bucket', "bucket 'My_Bucket'"],
    ['s3://bucket:9000', 'has a port'],
    ['s3://bucket/sub/dir', "has a path ('/sub/dir')"],
    ['s3://bucket?endpoint=127.0.0.1:9000', "endpoint '127.0.0.1:9000' is not an http(s) URL"],
    ['s3://bucket?forcePathStyle=yes', "forcePathStyle is 'yes'"],
    ['s3://bucket?regoin=us-east-1', "unknown parameter 'regoin'"],
    ['s3://KEY@bucket', 'an access key id without a secret key'],
  ])('explains what is wrong with %s in one line naming STORAGE_URL', (url, message) => {
    const error = parseStorageUrl(url, '/data');
    expect(typeof error).toBe('string');
    expect(error).toContain('STORAGE_URL');
    expect(error).toContain(message);
    expect(error).not.toContain('\n');
  });

  it('makes createStorage throw that line', () => {
    expect(() => createStorage('s3://x', '/data')).toThrow(/^STORAGE_URL names the bucket 'x'/);
    expect(createStorage('file:///tmp/roster-storage-test', '/data').kind).toBe('local');
    expect(createStorage('s3://bucket?region=us-east-1', '/data').kind).toBe('s3');
  });
});
