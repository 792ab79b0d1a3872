import { Redis } from 'ioredis';
import { testRedisUrl } from './env.js';

/**
 * A Redis client for a test or a benchmark that writes or reads Roster's keys itself (usage
 * counters to roll up, say); the caller disconnects it.
 */
export function openRedis(url: string = testRedisUrl()): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2 });
}
