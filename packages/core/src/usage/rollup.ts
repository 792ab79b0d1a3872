import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@roster/db';
import type { Redis } from 'ioredis';
import type { JobQueue } from '../jobs/queue.js';
import { requestStatsRecompute } from '../stats/debounce.js';
import { applyBatch, pruneAppliedBatches } from './apply.js';
import { parseBatch, type DailyIncrement } from './batch.js';
import { usageKeys } from './keys.js';
import { reconcileMonths } from './month.js';

/** Applied batch ids are remembered this long (a batch is deleted from Redis right after it applies). */
export const appliedBatchRetentionMs = 35 * 24 * 3600 * 1000;

/**
 * Closes the pending counters as a batch, atomically: RENAME `pending` → `batch:<id>` and SADD the
 * id to `batches` happen together or not at all, so a batch is never lost between the two. The
 * request path then starts a new `pending` with its next HINCRBY.
 * KEYS: pending, batch:<id>, batches; ARGV: id.
 */
const closePendingScript = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`;

export interface RollupResult {
  /** Batches this run applied to the database. */
  batches: number;
  /** Counter fields in them. */
  counters: number;
  /** `usage_daily` rows they added to. */
  rows: number;
  /** The organizations the batches counted for (also batches a killed worker applied): their usage alerts are checked. */
  orgIds: string[];
}

export interface RollupSettings {
  em: EntityManager;
  redis: Redis;
  /** The Redis key prefix the API's UsageMeter counts under. */
  prefix: string;
  now: Date;
  /** Given (the worker), organizations with new uploads or downloads get a statistics recompute. */
  jobs?: Pick<JobQueue, 'enqueue'>;
}

/**
 * Moves the counted usage from Redis into `usage_daily` (and the statistics' activity into
 * `activity_daily`, in the same transactions), each count exactly once (PRODUCT.md §7):
 * 1. close `pending` as a new batch (closePendingScript);
 * 2. for every open batch — this run's and any a killed or concurrent worker left — apply it in one
 *    transaction that records its id (applyBatch: a replay changes nothing);
 * 3. only after that commit, DEL the batch and SREM its id together (MULTI). A kill before step 3
 *    leaves the batch open: the next run finds its id recorded and just deletes it.
 * Then raises the month totals the API-key guard reads to the database's, asks for a statistics
 * recompute of the organizations whose activity it applied, and prunes old batch ids.
 */
export async function rollupUsage({ em, redis, prefix, now, jobs }: RollupSettings): Promise<RollupResult> {
  const keys = usageKeys(prefix);
  const newId = randomUUID();
  await redis.eval(closePendingScript, 3, keys.pending, keys.batch(newId), keys.batches, newId);
  const ids = (await redis.smembers(keys.batches)).sort();
  const result: RollupResult = { batches: 0, counters: 0, rows: 0, orgIds: [] };
  const applied: DailyIncrement[] = [];
  const active = new Set<string>();
  for (const id of ids) {
    const parsed = parseBatch(await redis.hgetall(keys.batch(id)));
    const empty = parsed.rows.length === 0 && parsed.activity.length === 0;
    const outcome = empty ? 'already' : await applyBatch(em, id, parsed.rows, now, parsed.activity);
    if (outcome === 'busy') continue;
    if (outcome === 'applied') {
      result.batches++;
      result.counters += parsed.counters;
      result.rows += parsed.rows.length;
    }
    // Asked for either way too: a worker that died after committing never asked.
    for (const row of parsed.activity) active.add(row.orgId);
    // Reconciled either way: a worker that died after committing never got to it.
    applied.push(...parsed.rows);
    await redis.multi().del(keys.batch(id)).srem(keys.batches, id).exec();
  }
  if (applied.length > 0) await reconcileMonths(em.fork(), redis, prefix, applied);
  if (jobs) for (const orgId of active) await requestStatsRecompute(jobs, orgId, now);
  await pruneAppliedBatches(em.fork(), new Date(now.getTime() - appliedBatchRetentionMs));
  result.orgIds = [...new Set(applied.map((row) => row.orgId))];
  return result;
}
