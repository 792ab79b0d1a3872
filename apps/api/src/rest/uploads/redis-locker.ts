import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { ERRORS, type Lock, type Locker, type RequestRelease } from '@tus/server';
import type { Redis } from 'ioredis';

export interface RedisLockerOptions {
  prefix: string;
  /** A holder that stops renewing (a crashed process) loses the lock after this long. */
  ttlMs: number;
  /** How long a request waits for the lock before failing. */
  acquireTimeoutMs: number;
  /** How often a waiter retries, and (at most every second) a holder renews and looks for waiters. */
  pollMs: number;
}

const defaults: RedisLockerOptions = {
  prefix: 'roster:tus-lock:',
  ttlMs: 15_000,
  acquireTimeoutMs: 30_000,
  pollMs: 100,
};

// Renew only our own lock; tell whether someone waits for it (1), or that it is no longer ours (-1).
const renewScript = `if redis.call('get', KEYS[1]) == ARGV[1] then
  redis.call('pexpire', KEYS[1], ARGV[2]) return redis.call('exists', KEYS[2]) else return -1 end`;
const releaseScript = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/**
 * tus's lock on an upload shared by every API process (MemoryLocker only covers one): two PATCHes
 * of one upload never write at once, whichever process they reach. As with MemoryLocker, a waiter
 * asks the holder to let go (a resumed upload should not wait for a dead connection's PATCH):
 * it flags the upload, and the holder, renewing its lock, sees the flag and calls tus's release.
 */
export class RedisLocker implements Locker {
  private readonly options: RedisLockerOptions;

  constructor(
    private readonly redis: Redis,
    options: Partial<RedisLockerOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
  }

  newLock(id: string): Lock {
    return new RedisLock(this.redis, this.options, `${this.options.prefix}${id}`);
  }
}

class RedisLock implements Lock {
  private readonly token = randomBytes(16).toString('hex');
  private readonly waiterKey: string;
  private renewal: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLockerOptions,
    private readonly key: string,
  ) {
    this.waiterKey = `${key}:waiting`;
  }

  async lock(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    try {
      await this.acquire(signal, requestRelease);
    } catch (error) {
      if ((error as { status_code?: number }).status_code) throw error;
      // Redis unreachable: the upload cannot be locked, so it waits for Redis to come back.
      throw { status_code: 503, body: 'Uploads are paused for a moment. Try again shortly.' };
    }
  }

  private async acquire(signal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
    const { ttlMs, acquireTimeoutMs, pollMs } = this.options;
    const deadline = Date.now() + acquireTimeoutMs;
    for (;;) {
      if (signal.aborted) throw ERRORS.ERR_LOCK_TIMEOUT;
      if ((await this.redis.set(this.key, this.token, 'PX', ttlMs, 'NX')) === 'OK') {
        await this.redis.del(this.waiterKey);
        this.renewal = this.renew(requestRelease);
        return;
      }
      await this.redis.set(this.waiterKey, '1', 'PX', ttlMs);
      if (Date.now() >= deadline) throw ERRORS.ERR_LOCK_TIMEOUT;
      await delay(pollMs, undefined, { signal }).catch(() => undefined);
    }
  }

  private renew(requestRelease: RequestRelease): NodeJS.Timeout {
    let asked = false;
    const every = Math.min(1000, this.options.ttlMs / 3, this.options.pollMs * 10);
    return setInterval(() => {
      this.redis
        .eval(renewScript, 2, this.key, this.waiterKey, this.token, this.options.ttlMs)
        .then(async (waiting) => {
          if (waiting !== 1 || asked) return;
          asked = true;
          await requestRelease();
        })
        .catch(() => undefined);
    }, every).unref();
  }

  async unlock(): Promise<void> {
    clearInterval(this.renewal);
    await this.redis.eval(releaseScript, 1, this.key, this.token);
  }
}
