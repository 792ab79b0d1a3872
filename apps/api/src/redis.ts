import { Redis } from 'ioredis';

/** How long a Redis command may take before the request gives up on it. */
const commandTimeoutMs = 1000;

/**
 * The API's Redis client. While Redis is away, commands fail at once (no offline queue, short
 * timeout) so requests that need it answer 503 in milliseconds instead of hanging; the client
 * keeps reconnecting, and requests succeed again as soon as Redis is back.
 *
 * `commandTimeout: false` is for BullMQ's queues: they issue commands of their own in the
 * background (connection checks, queue metadata), which a timeout would reject with nobody to
 * catch it; while Redis is down their enqueues still fail at once (no offline queue).
 */
export async function connectRedis(url: string, { commandTimeout = true } = {}): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    ...(commandTimeout ? { commandTimeout: commandTimeoutMs } : {}),
    maxRetriesPerRequest: 1,
    // Reconnect quickly after an outage, at most a second apart.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  // Without a listener ioredis prints every failed reconnect; health checks report the outage.
  redis.on('error', () => undefined);
  await whenReady(redis, 2000);
  return redis;
}

/** Waits for the first connection (commands fail until then), but starts anyway if Redis is down. */
function whenReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
  });
}
