import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisLocker } from '../src/rest/uploads/redis-locker.js';
import { redisUrl } from './harness.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(redisUrl);
});
afterAll(() => redis.quit());

const options = {
  prefix: `roster-test-${randomBytes(4).toString('hex')}:tus-lock:`,
  pollMs: 20,
  ttlMs: 3000,
};

describe('RedisLocker (tus locks shared by API processes)', () => {
  it('gives a lock to one holder at a time, and asks the holder to let go when someone waits', async () => {
    // Two lockers: two API processes.
    const first = new RedisLocker(redis, options).newLock('upload-1');
    const second = new RedisLocker(redis, options).newLock('upload-1');
    let asked!: () => void;
    const releaseAsked = new Promise<void>((resolve) => (asked = resolve));
    await first.lock(new AbortController().signal, () => asked());
    const order: string[] = [];
    const waiting = second
      .lock(new AbortController().signal, () => undefined)
      .then(() => order.push('second'));
    await releaseAsked;
    order.push('first lets go');
    await first.unlock();
    await waiting;
    expect(order).toEqual(['first lets go', 'second']);
    await second.unlock();
  });

  it('stops waiting when the request is aborted', async () => {
    const holder = new RedisLocker(redis, options).newLock('upload-2');
    await holder.lock(new AbortController().signal, () => undefined);
    const abort = new AbortController();
    const waiting = new RedisLocker(redis, options).newLock('upload-2').lock(abort.signal, () => undefined);
    abort.abort();
    await expect(waiting).rejects.toMatchObject({ status_code: 500 });
    await holder.unlock();
  });

  it('never releases a lock that another holder took after it expired', async () => {
    const short = { ...options, ttlMs: 200 };
    const stale = new RedisLocker(redis, short).newLock('upload-3');
    await stale.lock(new AbortController().signal, () => undefined);
    // The holder's process is gone: nothing renews its lock.
    await redis.del(`${options.prefix}upload-3`);
    const fresh = new RedisLocker(redis, short).newLock('upload-3');
    await fresh.lock(new AbortController().signal, () => undefined);
    await stale.unlock();
    expect(await redis.exists(`${options.prefix}upload-3`)).toBe(1);
    await fresh.unlock();
    expect(await redis.exists(`${options.prefix}upload-3`)).toBe(0);
  });

  it('answers 503 (not a crash) while Redis is unreachable', async () => {
    const down = { set: () => Promise.reject(new Error('Connection is closed.')) } as unknown as Redis;
    const lock = new RedisLocker(down, options).newLock('upload-4');
    await expect(lock.lock(new AbortController().signal, () => undefined)).rejects.toMatchObject({
      status_code: 503,
    });
  });
});
