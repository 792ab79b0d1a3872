import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { counterField, usageKeys } from './keys.js';
import { UsageMeter, type UsageHit } from './meter.js';

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

  it('coalesces hits that arrive while a pipeline is in flight, losing none', async () => {
    const meter = new UsageMeter(redis, prefix);
    const keys = usageKeys(prefix);
    const orgId = randomUUID();
    const keyIds = [randomUUID(), randomUUID(), randomUUID()];
    const at = new Date('2026-05-06T12:00:00.000Z');
    const pipelines = vi.spyOn(redis, 'pipeline');
    try {
      const calls = Array.from({ length: 300 }, (_, i) =>
        meter.record({
          orgId,
          projectId: null,
          apiKeyId: keyIds[i % 3]!,
          apiCalls: 1,
          bytesIn: 2,
          bytesOut: 5,
          at,
        }),
      );
      // More arrive while the second pipeline is in flight.
      await calls[0];
      const later = Array.from({ length: 90 }, (_, i) =>
        meter.record({
          orgId,
          projectId: null,
          apiKeyId: keyIds[i % 3]!,
          apiCalls: 1,
          bytesIn: 2,
          bytesOut: 5,
          at,
        }),
      );
      await Promise.all([...calls, ...later]);
      // The first hit went out alone, at once; the rest were summed into few pipelines.
      expect(pipelines.mock.calls.length).toBeGreaterThanOrEqual(2);
      expect(pipelines.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      pipelines.mockRestore();
    }
    const pending = await redis.hgetall(keys.pending);
    for (const keyId of keyIds) {
      expect(pending[counterField(orgId, '2026-05-06', null, keyId, 'apiCalls')]).toBe('130');
      expect(pending[counterField(orgId, '2026-05-06', null, keyId, 'bandwidthIn')]).toBe('260');
      expect(pending[counterField(orgId, '2026-05-06', null, keyId, 'bandwidthOut')]).toBe('650');
    }
    expect(await redis.hgetall(keys.month(orgId, at))).toEqual({ c: '390', o: '1950' });
  });

  it('sends a hit at once when nothing is in flight', async () => {
    const meter = new UsageMeter(redis, prefix);
    const orgId = randomUUID();
    const at = new Date();
    const pipelines = vi.spyOn(redis, 'pipeline');
    try {
      const recorded = meter.record({
        orgId,
        projectId: null,
        apiKeyId: null,
        apiCalls: 0,
        bytesIn: 9,
        bytesOut: 0,
        at,
      });
      await Promise.resolve();
      expect(pipelines).toHaveBeenCalledTimes(1);
      await recorded;
    } finally {
      pipelines.mockRestore();
    }
  });

  it('rejects every caller whose hit the failed pipeline carried, then counts again', async () => {
    const meter = new UsageMeter(redis, prefix);
    const keys = usageKeys(prefix);
    const orgId = randomUUID();
    const at = new Date('2026-07-08T00:00:00.000Z');
    const hit: UsageHit = {
      orgId,
      projectId: null,
      apiKeyId: randomUUID(),
      apiCalls: 1,
      bytesIn: 0,
      bytesOut: 0,
      at,
    };
    // A month key of the wrong type makes HINCRBY fail inside the pipeline.
    await redis.set(keys.month(orgId, at), 'not a hash');
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => meter.record(hit)));
    expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
    expect(String((outcomes[49] as PromiseRejectedResult).reason)).toMatch(/WRONGTYPE/);
    await redis.del(keys.month(orgId, at));
    await Promise.all([meter.record(hit), meter.record(hit)]);
    expect(await redis.hget(keys.month(orgId, at), 'c')).toBe('2');
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
