import { ListMultipartUploadsCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorage } from '../create-storage.js';
import { startS3rver } from '../testing/s3rver.js';
import type { Storage } from '../types.js';

/** One driver under test: the storage, and what is left behind besides objects (temps, multipart uploads). */
export interface DriverUnderTest {
  storage: Storage;
  /** Temp files (local) or pending multipart uploads (S3) that exist right now. */
  leftovers(): Promise<string[]>;
  close(): Promise<void>;
}

export const drivers: Record<'local' | 's3', () => Promise<DriverUnderTest>> = {
  async local() {
    const dataDir = await mkdtemp(join(tmpdir(), 'roster-storage-'));
    const storage = createStorage(undefined, dataDir);
    return {
      storage,
      leftovers: () => readdir(join(dataDir, 'storage', '.tmp')).catch(() => []),
      async close() {
        await storage.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  },
  async s3() {
    const server = await startS3rver();
    const storage = createStorage(server.url, '/unused');
    const client = new S3Client({
      endpoint: server.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    return {
      storage,
      async leftovers() {
        const page = await client.send(new ListMultipartUploadsCommand({ Bucket: server.bucket }));
        return (page.Uploads ?? []).map((upload) => `${upload.Key} (${upload.UploadId})`);
      },
      async close() {
        client.destroy();
        await storage.close();
        await server.close();
      },
    };
  },
};
