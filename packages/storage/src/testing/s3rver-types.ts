// s3rver 3.7 ships no types: the part of its API startS3rver uses. A plain module (not an ambient
// `declare module`) so that packages typechecking this file through @roster/storage/testing see it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface S3rverOptions {
  address?: string;
  port?: number;
  silent?: boolean;
  directory?: string;
  resetOnClose?: boolean;
  allowMismatchedSignatures?: boolean;
  vhostBuckets?: boolean;
  configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
}

/** The Koa context fields the multipart shim reads and sets. */
export interface S3rverContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
  type: string;
  /** s3rver's filesystem store. */
  store: {
    listObjects(
      bucket: string,
      options: { prefix: string; startAfter: string; maxKeys: number },
    ): Promise<{
      objects: { key: string; size: number; lastModifiedDate: Date; metadata: Record<string, unknown> }[];
      isTruncated: boolean;
    }>;
  };
}

export type S3rverMiddleware = (ctx: S3rverContext, next: () => Promise<void>) => Promise<void> | void;

export interface S3rverInstance {
  /** Koa's middleware list (read when the server starts listening). */
  middleware: S3rverMiddleware[];
  httpServer: Server | undefined;
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}

export type S3rverConstructor = new (options?: S3rverOptions) => S3rverInstance;
