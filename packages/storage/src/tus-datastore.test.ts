import { CreateMultipartUploadCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@tus/utils';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type DriverUnderTest } from './test-support/drivers.js';
import { chunkAt, generatedBody, sha256Of } from './test-support/streams.js';
import { startS3rver } from './testing/s3rver.js';

const MiB = 1024 * 1024;

async function collectKeys(items: AsyncIterable<{ key: string }>): Promise<string[]> {
  const keys: string[] = [];
  for await (const item of items) keys.push(item.key);
  return keys.sort();
}

describe.each(['local', 's3'] as const)('%s tus datastore', (kind) => {
  let driver: DriverUnderTest;
  beforeAll(async () => {
    driver = await drivers[kind]();
  });
  afterAll(() => driver.close());

  it('resumes an upload in two requests and leaves its bytes at tusKeys(id).bytes', async () => {
    const { storage } = driver;
    const store = storage.tusDatastore();
    expect(storage.tusDatastore()).toBe(store);
    const size = 10 * MiB + 5;
    const whole = generatedBody(size);
    const id = 'upload0a1b2c';
    const created = await store.create(new Upload({ id, size, offset: 0, metadata: { name: 'x.bin' } }));
    expect(created.id).toBe(id);
    const firstPart = chunkAt(0, 6 * MiB, 7);
    expect(await store.write(Readable.from([firstPart]), id, 0)).toBe(6 * MiB);
    const resumed = await store.getUpload(id);
    expect(resumed).toMatchObject({ id, offset: 6 * MiB, size });
    expect(await store.write(Readable.from([chunkAt(6 * MiB, size - 6 * MiB, 7)]), id, 6 * MiB)).toBe(size);
    expect(await store.getUpload(id)).toMatchObject({ id, offset: size, size });

    const keys = storage.tusKeys(id);
    expect(keys.bytes).toBe(`tus/${id}`);
    expect(await sha256Of(await storage.get(keys.bytes))).toBe(whole.sha256);
    const listed = await collectKeys(storage.list('tus/'));
    expect(listed).toContain(keys.bytes);
    expect(listed.every((key) => key === keys.bytes || keys.sidecars.includes(key))).toBe(true);
    for (const sidecar of keys.sidecars) await storage.delete(sidecar);
    expect(await collectKeys(storage.list('tus/'))).toEqual([keys.bytes]);
    expect(await driver.leftovers()).toEqual([]);
  });

  it('removes an upload in progress with everything it stored', async () => {
    const store = driver.storage.tusDatastore();
    const id = 'upload9z8y7x';
    await store.create(new Upload({ id, size: 3 * MiB, offset: 0 }));
    await store.write(Readable.from([chunkAt(0, MiB, 1)]), id, 0);
    await store.remove(id);
    expect(await collectKeys(driver.storage.list(`tus/${id}`))).toEqual([]);
    expect(await driver.leftovers()).toEqual([]);
    await expect(store.getUpload(id)).rejects.toMatchObject({ status_code: 404 });
  });

  it('deletes an abandoned upload through storage.delete of its bytes key (S3: its multipart upload aborted)', async () => {
    const { storage } = driver;
    const id = 'upload5abandoned';
    await storage.tusDatastore().create(new Upload({ id, size: 20 * MiB, offset: 0 }));
    await storage.tusDatastore().write(Readable.from([chunkAt(0, 9 * MiB, 3)]), id, 0);
    const keys = storage.tusKeys(id);
    await storage.delete(keys.bytes);
    await storage.delete(keys.bytes);
    for (const sidecar of keys.sidecars) await storage.delete(sidecar);
    expect(await collectKeys(storage.list(`tus/${id}`))).toEqual([]);
    expect(await driver.leftovers()).toEqual([]);
  });

  it('refuses upload ids that would leave its directory', async () => {
    const store = driver.storage.tusDatastore();
    await expect(store.getUpload('../blobs/x')).rejects.toMatchObject({ status_code: 404 });
  });
});

describe('startS3rver', () => {
  it('lists a pending multipart upload (so the contract tests would see one left behind)', async () => {
    const server = await startS3rver();
    const client = new S3Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    try {
      const { UploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: server.bucket, Key: 'blobs/o/p' }),
      );
      const { ListMultipartUploadsCommand } = await import('@aws-sdk/client-s3');
      const page = await client.send(new ListMultipartUploadsCommand({ Bucket: server.bucket }));
      expect(page.Uploads?.map((u) => [u.Key, u.UploadId])).toEqual([['blobs/o/p', UploadId]]);
      expect(server.url).toMatch(
        /^s3:\/\/S3RVER:S3RVER@roster-[0-9a-f]{12}\?endpoint=http%3A%2F%2F127\.0\.0\.1%3A\d+&region=us-east-1&forcePathStyle=true$/,
      );
    } finally {
      client.destroy();
      await server.close();
    }
  });
});
