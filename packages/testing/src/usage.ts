import { rollupUsage, type RollupResult } from '@roster/core';
import { forkEm } from '@roster/db';
import { Redis } from 'ioredis';
import { testRedisUrl } from './env.js';
import type { RunningRoster } from './roster.js';

/**
 * Runs the worker's usage rollup once, now, for `roster` (its database and Redis prefix): what
 * the `usage.rollup` job does every minute, for a test that cannot wait for the schedule. Safe
 * beside a scheduled run: the rollup counts each batch exactly once.
 */
export async function rollupUsageNow(roster: RunningRoster): Promise<RollupResult> {
  const redis = new Redis(testRedisUrl(), { maxRetriesPerRequest: 2 });
  try {
    return await rollupUsage({ em: forkEm(roster.db.orm), redis, prefix: roster.prefix, now: new Date() });
  } finally {
    redis.disconnect();
  }
}
