import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { multipartShim } from './s3rver-multipart.js';
import type { S3rverConstructor } from './s3rver-types.js';

const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export interface RunningS3rver {
  /** The STORAGE_URL of a fresh bucket (credentials S3RVER/S3RVER in the userinfo). */
  url: string;
  /** The bucket's name, for tests that talk to the server with their own S3 client. */
  bucket: string;
  /** The server's http://127.0.0.1:port endpoint. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * An S3-compatible server (s3rver) on a free 127.0.0.1 port, silent, storing in a fresh temp
 * directory, with one fresh bucket. s3rver lacks ListParts, AbortMultipartUpload and
 * ListMultipartUploads, which lib-storage and @tus/s3-store use, and its ListObjectsV2 fails on
 * any truncated page: a small shim answers those from s3rver's own files (s3rver-multipart.ts).
 * `close()` stops it and removes the directory.
 */
export async function startS3rver(): Promise<RunningS3rver> {
  const directory = await mkdtemp(join(tmpdir(), 'roster-s3rver-'));
  const bucket = `roster-${randomBytes(6).toString('hex')}`;
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  server.middleware.unshift(multipartShim(directory));
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const query = new URLSearchParams({ endpoint, region: 'us-east-1', forcePathStyle: 'true' });
  return {
    url: `s3://S3RVER:S3RVER@${bucket}?${query.toString()}`,
    bucket,
    endpoint,
    async close() {
      server.httpServer?.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
