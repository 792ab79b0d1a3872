import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { DataStore } from '@tus/utils';
import { pipeline, type Readable } from 'node:stream';
import { ObjectNotFoundError, RangeNotSatisfiableError } from '../errors.js';
import { assertValidKey, assertValidPrefix } from '../keys.js';
import { SizeGuard } from '../size-guard.js';
import type { ByteRange, PutOptions, Storage, StoredObject } from '../types.js';
import { clientConfig, errorName, statusOf, type S3Settings } from './client-config.js';
import { abortPendingUploads } from './pending-uploads.js';
import { PrefixedDataStore } from './prefixed-data-store.js';
import { TusS3Store } from './tus-s3-store.js';

const partSize = 8 * 1024 * 1024;
const tusPrefix = 'tus/';

/** Objects in an S3-compatible bucket, written with lib-storage's multipart Upload. */
export class S3Storage implements Storage {
  readonly kind = 's3';
  private readonly client: S3Client;
  private readonly bucket: string;
  private tus: DataStore | undefined;

  /** `listPageSize`: keys per ListObjectsV2 page (S3's maximum, 1000, by default; tests page with less). */
  constructor(
    private readonly settings: S3Settings,
    private readonly options: { listPageSize?: number } = {},
  ) {
    this.client = new S3Client(clientConfig(settings));
    this.bucket = settings.bucket;
  }

  /**
   * Parts of 8 MiB, two in flight: memory stays bounded whatever the size and the body is read only
   * as fast as S3 takes it. On a body error, a size mismatch or an abort the body stream is destroyed,
   * so `done()` settles only after lib-storage aborted the multipart upload (no parts are left).
   */
  async put(key: string, body: Readable, options: PutOptions = {}): Promise<{ size: number }> {
    assertValidKey(key);
    const { signal, size } = options;
    if (signal?.aborted) throw abortError(signal.reason);
    const guard = new SizeGuard(size);
    pipeline(body, guard, () => {});
    const onAbort = () => guard.destroy(abortError(signal?.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    const upload = new Upload({
      client: this.client,
      // S3 takes at most 10,000 parts: 8 MiB ones carry 80 GiB; a known bigger size gets bigger parts.
      partSize: size === undefined ? partSize : Math.max(partSize, Math.ceil(size / 10_000)),
      queueSize: 2,
      params: {
        Bucket: this.bucket,
        Key: key,
        Body: guard,
        ...(size === undefined ? {} : { ContentLength: size }),
      },
    });
    try {
      await upload.done();
      if (guard.destroyed && guard.errored) throw guard.errored;
      return { size: guard.bytes };
    } catch (error) {
      body.destroy();
      throw guard.errored ?? error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    assertValidKey(key);
    if (range) {
      const { start, end } = range;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start)
        throw new RangeNotSatisfiableError(key);
    }
    try {
      const response = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      return response.Body as Readable;
    } catch (error) {
      if (errorName(error) === 'NoSuchKey' || statusOf(error) === 404) throw new ObjectNotFoundError(key);
      if (errorName(error) === 'InvalidRange' || statusOf(error) === 416)
        throw new RangeNotSatisfiableError(key);
      throw error;
    }
  }

  async head(key: string): Promise<StoredObject | null> {
    assertValidKey(key);
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: response.ContentLength ?? 0, lastModified: response.LastModified ?? new Date(0) };
    } catch (error) {
      if (statusOf(error) === 404 || errorName(error) === 'NotFound') return null;
      throw error;
    }
  }

  /**
   * Deletes the object; for a tus upload's bytes (`tus/<id>`) also aborts its multipart upload if it
   * never completed (an abandoned upload), so its parts do not stay billed in the bucket.
   */
  async delete(key: string): Promise<void> {
    assertValidKey(key);
    if (key.startsWith(tusPrefix) && !/\.(info|part)$/.test(key))
      await abortPendingUploads(this.client, this.bucket, key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  list(prefix: string): AsyncIterable<StoredObject> {
    assertValidPrefix(prefix);
    return this.pages(prefix);
  }

  private async *pages(prefix: string): AsyncGenerator<StoredObject> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: prefix,
          ContinuationToken: token,
          MaxKeys: this.options.listPageSize ?? 1000,
        }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key !== undefined)
          yield { key: object.Key, size: object.Size ?? 0, lastModified: object.LastModified ?? new Date(0) };
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
  }

  /** @tus/s3-store (8 MiB parts) whose objects are all under `tus/`. */
  tusDatastore(): DataStore {
    this.tus ??= new PrefixedDataStore(
      new TusS3Store({ partSize, s3ClientConfig: { ...clientConfig(this.settings), bucket: this.bucket } }),
      tusPrefix,
    );
    return this.tus;
  }

  tusKeys(uploadId: string): { bytes: string; sidecars: string[] } {
    const bytes = `${tusPrefix}${uploadId}`;
    return { bytes, sidecars: [`${bytes}.info`, `${bytes}.part`] };
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

/** As stream.pipeline rejects on an aborted signal (the local driver): name AbortError, the reason as cause. */
function abortError(reason: unknown): Error {
  return Object.assign(new Error('The operation was aborted', { cause: reason }), { name: 'AbortError' });
}
