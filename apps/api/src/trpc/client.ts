import type { RequestClient } from '@roster/core';

/**
 * Where a request came from, for the audit log (§11): the client's IP as the server sees it
 * (`req.ip`, through trusted proxies only) and the User-Agent header.
 */
export function requestClient(meta: { ip: string; userAgent?: string | undefined }): RequestClient {
  return { ip: meta.ip || null, userAgent: meta.userAgent ?? null };
}
