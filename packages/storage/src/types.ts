import type { Readable, Transform } from 'node:stream';
import type { DataStore } from '@tus/utils';

/** One stored object as a listing or `head` reports it. */
export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
}

/** A byte range with an inclusive end, like HTTP's `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutOptions {
  /** Aborting rejects the put and leaves nothing behind. */
  signal?: AbortSignal;
  /** The declared size: a body shorter or longer than this rejects the put (nothing is kept). */
  size?: number;
}

/** Where bytes live: a local directory or an S3-compatible bucket. Keys are `/`-separated paths. */
export interface Storage {
  readonly kind: 'local' | 's3';
  /**
   * Streams `body` to `key`; the object is visible only once complete (local: temp file + rename;
   * S3: lib-storage Upload). Rejects, leaving nothing at `key` (no temp file, no pending multipart
   * upload), when the body errors, the signal aborts or the size differs from `options.size`.
   */
  put(key: string, body: Readable, options?: PutOptions): Promise<{ size: number }>;
  /** A stream of the object's bytes (or of `range`); rejects with ObjectNotFoundError when missing. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  head(key: string): Promise<StoredObject | null>;
  /** Idempotent: deleting a missing key is fine. */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix` (paged internally), in no guaranteed order. */
  list(prefix: string): AsyncIterable<StoredObject>;
  /** The tus datastore writing into this storage (@tus/file-store or @tus/s3-store), for @tus/server. */
  tusDatastore(): DataStore;
  /**
   * The storage key of a finished tus upload's bytes (a blob row can point at them without a copy),
   * and the keys of its sidecars (metadata, incomplete part) to delete once adopted.
   */
  tusKeys(uploadId: string): { bytes: string; sidecars: string[] };
  close(): Promise<void>;
}

/** What STORAGE_URL says, parsed. */
export type StorageSettings =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      /** From the URL's user:password; absent → the SDK's default credential chain. */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

/** What `inspectStream` found once the stream ended. */
export interface Inspection {
  sha256: string;
  size: number;
  contentType: string;
}

export type InspectingStream = Transform & { result(): Inspection };
