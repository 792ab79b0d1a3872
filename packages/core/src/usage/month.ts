import type { EntityManager } from '@roster/db';
import type { Redis } from 'ioredis';
import type { DailyIncrement } from './batch.js';
import { monthTtlSeconds } from './meter.js';
import { usageKeys } from './keys.js';

/**
 * Raises each month hash's `c` and `o` to at least the given totals, atomically per key: the
 * request path may be adding to them at the same instant, and a hash is only ever raised.
 * KEYS: month hashes; ARGV: ttl, then (c, o) per key, as
 * integer strings (stored as given: a Lua number could be written back as `1e+12`).
 */
const raiseScript = `
local ttl = tonumber(ARGV[1])
for i = 1, #KEYS do
  local c = ARGV[2 * i]
  local o = ARGV[2 * i + 1]
  if tonumber(redis.call('HGET', KEYS[i], 'c') or '0') < tonumber(c) then redis.call('HSET', KEYS[i], 'c', c) end
  if tonumber(redis.call('HGET', KEYS[i], 'o') or '0') < tonumber(o) then redis.call('HSET', KEYS[i], 'o', o) end
  redis.call('EXPIRE', KEYS[i], ttl)
end
return #KEYS
`;

/** The last day of the month `YYYY-MM` (as text that sorts after every day of it). */
const monthEnd = (month: string) => `${month}-31`;

/**
 * After a rollup: every (organization, month) the applied rows touched gets its Redis month totals
 * raised to the database's totals for that month. The month hash normally runs ahead of the
 * database (it also counts what is still pending); after a Redis flush or eviction it would start
 * from zero and let an organization past its limits — this heals it within one rollup.
 */
export async function reconcileMonths(
  em: EntityManager,
  redis: Redis,
  prefix: string,
  rows: readonly DailyIncrement[],
): Promise<number> {
  const orgsByMonth = new Map<string, Set<string>>();
  for (const row of rows) {
    const month = row.day.slice(0, 7);
    const orgs = orgsByMonth.get(month) ?? new Set<string>();
    orgs.add(row.orgId);
    orgsByMonth.set(month, orgs);
  }
  const keys = usageKeys(prefix);
  let raised = 0;
  for (const [month, orgs] of orgsByMonth) {
    const ids = [...orgs];
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const totals = await em.execute<{ org_id: string; c: number | string; o: number | string }[]>(
        `select cast(organization_id as text) as org_id, sum(api_calls) as c, sum(bandwidth_out) as o
           from usage_daily
          where organization_id in (${part.map(() => '?').join(', ')}) and day >= ? and day <= ?
          group by organization_id`,
        [...part, `${month}-01`, monthEnd(month)],
      );
      if (totals.length === 0) continue;
      const at = new Date(`${month}-01T00:00:00.000Z`);
      await redis.eval(
        raiseScript,
        totals.length,
        ...totals.map((t) => keys.month(t.org_id, at)),
        monthTtlSeconds,
        ...totals.flatMap((t) => [String(Number(t.c)), String(Number(t.o))]),
      );
      raised += totals.length;
    }
  }
  return raised;
}
