/**
 * What one /v1 request used, filled in as the request learns it: `authenticate` sets the key,
 * `scopeFor` the organization, the resource lookups the project, the upload and download paths
 * the bytes. The metering hook (rest/metering.ts) records it when the response ends.
 */
export interface RequestUsage {
  orgId: string | null;
  projectId: string | null;
  /** Set when an API key authenticated the request (then it counts as an API call). */
  apiKeyId: string | null;
  /** Body bytes received (uploads). */
  bytesIn: number;
  /** Body bytes sent (downloads, zips). */
  bytesOut: number;
  /** True when the request was refused by a rate or usage limit (it is not counted as a call). */
  limited: boolean;
  /** The signed-in person (a session); null for an API key. Statistics' activity is theirs. */
  userId: string | null;
  /** Assets this request created (raw upload, tus completion): statistics (PRODUCT.md §8). */
  uploads: number;
  /** Their sizes. */
  bytesUploaded: number;
  /** 1 for a content GET answered from byte 0 (200, or 206 from 0) and for a folder zip. */
  downloads: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    usage: RequestUsage;
  }
}

export function emptyUsage(): RequestUsage {
  return {
    orgId: null,
    projectId: null,
    apiKeyId: null,
    bytesIn: 0,
    bytesOut: 0,
    limited: false,
    userId: null,
    uploads: 0,
    bytesUploaded: 0,
    downloads: 0,
  };
}
