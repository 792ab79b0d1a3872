import type { EntityManager } from '@roster/db';
import type { Redis } from 'ioredis';
import { monthOf } from '../usage/days.js';
import { usageKeys } from '../usage/keys.js';
import type { UsageAlertMetric } from '../vocabulary/plugins.js';

type Num = number | string | null;
const n = (value: Num | undefined): number => Number(value ?? 0);

/** Where the usage of an organization is read: the database, and the month totals in Redis. */
export interface UsageSources {
  em: EntityManager;
  redis: Redis;
  /** The Redis key prefix the API's UsageMeter counts under. */
  prefix: string;
}

/**
 * An organization's usage of the UTC month of `now`, as the limits count it. API calls and
 * bandwidth out: the larger of the database's month (`usage_daily`, what `usage.summary` shows
 * after a rollup) and the Redis month totals (which also count what is still pending, and which
 * the API-key guard reads; after a Redis flush they start from zero until the next rollup raises
 * them). Storage: the bytes stored now (`organizations.storage_bytes`), as the usage page shows it.
 */
export async function monthUsage(
  { em, redis, prefix }: UsageSources,
  orgId: string,
  now: Date,
): Promise<Record<UsageAlertMetric, number>> {
  const { from, to } = monthOf(now);
  const [[row], month] = await Promise.all([
    em.execute<{ calls: Num; bout: Num; stored: Num }[]>(
      `select o.storage_bytes as stored,
              (select sum(u.api_calls) from usage_daily u
                where u.organization_id = o.id and u.day >= ? and u.day <= ?) as calls,
              (select sum(u.bandwidth_out) from usage_daily u
                where u.organization_id = o.id and u.day >= ? and u.day <= ?) as bout
         from organizations o where o.id = ?`,
      [from, to, from, to, orgId],
    ),
    redis.hmget(usageKeys(prefix).month(orgId, now), 'c', 'o'),
  ]);
  return {
    apiCalls: Math.max(n(row?.calls), n(month[0])),
    bandwidthOut: Math.max(n(row?.bout), n(month[1])),
    storage: n(row?.stored),
  };
}
