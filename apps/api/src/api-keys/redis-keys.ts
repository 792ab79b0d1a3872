/**
 * Where API-key state lives in Redis, under the install's prefix: the revocation markers the guard
 * checks on every request, the channel that tells every API process to drop a key from its cache,
 * and the per-key fixed-window request counters.
 */
export function apiKeyRedisKeys(prefix: string) {
  return {
    /** Set (400 days) once a key is revoked: refused by every process on its next request. */
    revoked: (apiKeyId: string) => `${prefix}:api-keys:revoked:${apiKeyId}`,
    /** PUBLISHed with the key's id when it is revoked: every process evicts it from its cache. */
    revokedChannel: `${prefix}:api-keys:revoked`,
    /** Requests of one key in one minute (`window` = minutes since the epoch). */
    rateLimit: (apiKeyId: string, window: number) => `${prefix}:ratelimit:${apiKeyId}:${window}`,
  };
}

/**
 * How long a revocation marker is kept. It only has to outlive every cached copy of the key (30 s):
 * the database row says "revoked" for good, and any process reading it refuses the key.
 */
export const revokedMarkerSeconds = 400 * 24 * 3600;
