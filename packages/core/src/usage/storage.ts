import type { EntityManager } from '@roster/db';

/**
 * Records the organization's stored bytes for the UTC day of `now` in `usage_storage_daily`: `last`
 * becomes the current `organizations.storage_bytes`, `peak` the most the day has seen. The day's
 * first change starts its peak from the bytes the organization carried into the day (the last
 * known day's `last`), so a day that only frees space still peaks at what it began with. Called in
 * the transaction that changed `storage_bytes` (content/quota.ts): the snapshot commits with it.
 */
export async function recordStorage(em: EntityManager, orgId: string, now: Date): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  const carried =
    'coalesce((select s.last_bytes from usage_storage_daily s where s.organization_id = o.id and s.day < ?' +
    ' order by s.day desc limit 1), 0)';
  await em.execute(
    `insert into usage_storage_daily (organization_id, day, peak_bytes, last_bytes)
     select o.id, ?, case when o.storage_bytes > ${carried} then o.storage_bytes else ${carried} end, o.storage_bytes
       from organizations o where o.id = ?
     on conflict (organization_id, day) do update set
       peak_bytes = case when excluded.last_bytes > usage_storage_daily.peak_bytes
                         then excluded.last_bytes else usage_storage_daily.peak_bytes end,
       last_bytes = excluded.last_bytes`,
    [day, day, day, orgId],
    'run',
  );
}
