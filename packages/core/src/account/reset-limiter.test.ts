import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { ResetLimiter } from './reset-limiter.js';

let redis: Redis;
let prefix: string;
beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = `roster-test-reset-${randomBytes(4).toString('hex')}`;
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const reasonOf = (outcome: PromiseSettledResult<void>) =>
  outcome.status === 'rejected' ? (outcome.reason as DomainError).reason : 'allowed';

describe('ResetLimiter', () => {
  it('lets exactly the limit through when requests arrive all at once', async () => {
    const limiter = new ResetLimiter(redis, { perEmail: 5, perIp: 100, windowSeconds: 60 }, prefix);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => limiter.consume('ada@example.com', `10.0.0.${i}`)),
    );
    expect(outcomes.map(reasonOf).filter((r) => r === 'allowed')).toHaveLength(5);
    expect(new Set(outcomes.map(reasonOf))).toEqual(new Set(['allowed', 'TOO_MANY_ATTEMPTS']));
  });

  it('counts an IP across emails, and tells how long to wait', async () => {
    const limiter = new ResetLimiter(redis, { perEmail: 5, perIp: 3, windowSeconds: 60 }, prefix);
    for (let i = 0; i < 3; i++) await limiter.consume(`p${i}@example.com`, '10.1.0.1');
    const error = await limiter.consume('other@example.com', '10.1.0.1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.retryAfterSeconds).toBeGreaterThan(0);
    expect((error as DomainError).details.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('answers SERVICE_UNAVAILABLE at once when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
    });
    const error = await new ResetLimiter(down).consume('a@example.com', '10.2.0.1').catch((e: unknown) => e);
    expect((error as DomainError).reason).toBe('SERVICE_UNAVAILABLE');
    down.disconnect();
  });
});
