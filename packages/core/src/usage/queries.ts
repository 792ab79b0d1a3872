import type { EntityManager } from '@roster/db';

type Num = number | string | null;
const n = (value: Num | undefined): number => Number(value ?? 0);

export interface Period {
  orgId: string;
  from: string;
  to: string;
}

export interface SummaryTotals {
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
  storageUsed: number;
  /** The highest stored bytes in the period, counting what it started with. */
  storagePeak: number;
  /** The last time a rollup applied counts, or null. */
  updatedAt: Date | null;
}

/** A timestamp as a raw row holds it: a Date (PostgreSQL), epoch milliseconds or text (SQLite). */
function toDate(value: Date | number | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
}

/** The period's totals, the storage now and at its peak, and the last rollup: one statement. */
export async function findSummaryTotals(
  em: EntityManager,
  { orgId, from, to }: Period,
): Promise<SummaryTotals> {
  const [row] = await em.execute<
    {
      calls: Num;
      bin: Num;
      bout: Num;
      used: Num;
      peak: Num;
      carried: Num;
      updated_at: Date | number | string | null;
    }[]
  >(
    `select t.calls, t.bin, t.bout, o.storage_bytes as used,
            (select max(s.peak_bytes) from usage_storage_daily s
              where s.organization_id = o.id and s.day >= ? and s.day <= ?) as peak,
            (select s.last_bytes from usage_storage_daily s
              where s.organization_id = o.id and s.day < ? order by s.day desc limit 1) as carried,
            (select max(b.applied_at) from usage_batches b) as updated_at
       from organizations o,
            (select sum(api_calls) as calls, sum(bandwidth_in) as bin, sum(bandwidth_out) as bout
               from usage_daily where organization_id = ? and day >= ? and day <= ?) t
      where o.id = ?`,
    [from, to, from, orgId, from, to, orgId],
  );
  return {
    apiCalls: n(row?.calls),
    bandwidthIn: n(row?.bin),
    bandwidthOut: n(row?.bout),
    storageUsed: n(row?.used),
    storagePeak: Math.max(n(row?.peak), n(row?.carried)),
    updatedAt: toDate(row?.updated_at ?? null),
  };
}

export interface DayTotals {
  day: string;
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

/** The period's totals per day that had usage (grouped on the primary key's (organization, day) prefix). */
export async function findDailyTotals(em: EntityManager, { orgId, from, to }: Period): Promise<DayTotals[]> {
  const rows = await em.execute<{ day: string; calls: Num; bin: Num; bout: Num }[]>(
    `select day, sum(api_calls) as calls, sum(bandwidth_in) as bin, sum(bandwidth_out) as bout
       from usage_daily where organization_id = ? and day >= ? and day <= ?
      group by day order by day`,
    [orgId, from, to],
  );
  return rows.map((r) => ({
    day: r.day,
    apiCalls: n(r.calls),
    bandwidthIn: n(r.bin),
    bandwidthOut: n(r.bout),
  }));
}

export interface StorageDays {
  /** The last day's `last_bytes` before the period, or null when nothing was stored before. */
  carried: number | null;
  days: { day: string; peak: number; last: number }[];
}

/** The stored bytes of the period's days that changed, and what the period started with. */
export async function findStorageDays(em: EntityManager, { orgId, from, to }: Period): Promise<StorageDays> {
  const rows = await em.execute<{ day: string; peak: Num; last: Num }[]>(
    `select day, peak_bytes as peak, last_bytes as last from usage_storage_daily
      where organization_id = ? and day >= ? and day <= ?
     union all
     select * from (select day, last_bytes as peak, last_bytes as last from usage_storage_daily
      where organization_id = ? and day < ? order by day desc limit 1) prior_day
     order by day`,
    [orgId, from, to, orgId, from],
  );
  const days = rows.map((r) => ({ day: r.day, peak: n(r.peak), last: n(r.last) }));
  const first = days[0];
  if (first && first.day < from) return { carried: first.last, days: days.slice(1) };
  return { carried: null, days };
}

export interface GroupTotals {
  id: string;
  name: string | null;
  prefix: string | null;
  apiCalls: number;
  bandwidthIn: number;
  bandwidthOut: number;
}

/**
 * The period's totals per project or per API key, with its name (and a key's prefix) when it still
 * exists in the organization; most used first.
 */
export async function findGroupTotals(
  em: EntityManager,
  by: 'project' | 'apiKey',
  { orgId, from, to }: Period,
): Promise<GroupTotals[]> {
  const [column, join, prefix] =
    by === 'project'
      ? ['project_id', 'projects g on g.id = u.project_id', 'null']
      : ['api_key_id', 'api_keys g on g.id = u.api_key_id', 'max(g.prefix)'];
  const rows = await em.execute<
    { id: string; name: string | null; prefix: string | null; calls: Num; bin: Num; bout: Num }[]
  >(
    `select cast(u.${column} as text) as id, max(g.name) as name, ${prefix} as prefix,
            sum(u.api_calls) as calls, sum(u.bandwidth_in) as bin, sum(u.bandwidth_out) as bout
       from usage_daily u left join ${join} and g.organization_id = u.organization_id
      where u.organization_id = ? and u.day >= ? and u.day <= ?
      group by u.${column}
      order by sum(u.bandwidth_out) + sum(u.api_calls) desc, u.${column}`,
    [orgId, from, to],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    apiCalls: n(r.calls),
    bandwidthIn: n(r.bin),
    bandwidthOut: n(r.bout),
  }));
}
