import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { StorageSettings } from '../types.js';

export type S3Settings = Extract<StorageSettings, { kind: 's3' }>;

/**
 * The S3 client settings of STORAGE_URL. Checksums only when an operation requires them: MinIO, R2 and
 * other S3-compatible stores do not all accept the SDK's default CRC32 trailers.
 */
export function clientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
  };
}

/** The HTTP status of an SDK error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

export function errorName(error: unknown): string | undefined {
  return (error as { name?: string } | null)?.name;
}
