import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { StorageSettings } from '../types.js';

export type S3Settings = Extract<StorageSettings, { kind: 's3' }>;

/** Sockets per S3 client: every download in flight holds one for as long as its reader takes. */
const maxSockets = 256;

/**
 * The S3 client settings of STORAGE_URL. Checksums only when an operation requires them: MinIO, R2 and
 * other S3-compatible stores do not all accept the SDK's default CRC32 trailers. More sockets than
 * the SDK's 50 (slow downloaders would queue every other call behind them), and a connect timeout
 * (no idle timeout: a download paused by a slow client is idle, not broken).
 */
export function clientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: {
      connectionTimeout: 10_000,
      httpAgent: { keepAlive: true, maxSockets },
      httpsAgent: { keepAlive: true, maxSockets },
    },
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
