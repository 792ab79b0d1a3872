import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterField, usageKeys } from './keys.js';
import { UsageMeter } from './meter.js';

let redis: Redis;
let prefix: string;
beforeAll(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = `roster-test-meter-${randomBytes(4).toString('hex')}`;
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('UsageMeter', () => {
  it('adds non-zero metrics to pending and the month totals, in one pipeline', async () => {
    const meter = new UsageMeter(redis, prefix);
    const keys = usageKeys(prefix);
    const orgId = randomUUID();
    const keyId = randomUUID();
    const at = new Date('2026-03-04T23:59:59.000Z');
    const hit = { orgId, projectId: null, apiKeyId: keyId, apiCalls: 1, bytesIn: 0, bytesOut: 700, at };
    await meter.record(hit);
    await meter.record(hit);
    const pending = await redis.hgetall(keys.pending);
    expect(pending[counterField(orgId, '2026-03-04', null, keyId, 'apiCalls')]).toBe('2');
    expect(pending[counterField(orgId, '2026-03-04', null, keyId, 'bandwidthOut')]).toBe('1400');
    expect(pending[counterField(orgId, '2026-03-04', null, keyId, 'bandwidthIn')]).toBeUndefined();
    expect(await redis.hgetall(keys.month(orgId, at))).toEqual({ c: '2', o: '1400' });
    expect(await redis.ttl(keys.month(orgId, at))).toBeGreaterThan(39 * 24 * 3600);
  });

  it('writes nothing for a hit that used nothing', async () => {
    const meter = new UsageMeter(redis, prefix);
    const orgId = randomUUID();
    const at = new Date();
    await meter.record({ orgId, projectId: null, apiKeyId: null, apiCalls: 0, bytesIn: 0, bytesOut: 0, at });
    expect(await redis.exists(usageKeys(prefix).month(orgId, at))).toBe(0);
  });

  it('rejects when Redis is unreachable', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      enableOfflineQueue: false,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
    });
    const hit = {
      orgId: randomUUID(),
      projectId: null,
      apiKeyId: null,
      apiCalls: 1,
      bytesIn: 0,
      bytesOut: 0,
    };
    await expect(new UsageMeter(down, prefix).record({ ...hit, at: new Date() })).rejects.toThrow();
    down.disconnect();
  });
});
