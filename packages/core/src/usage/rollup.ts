import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@roster/db';
import type { Redis } from 'ioredis';
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
}

/**
 * Moves the counted usage from Redis into `usage_daily`, each count exactly once (PRODUCT.md §7):
 * 1. close `pending` as a new batch (closePendingScript);
 * 2. for every open batch — this run's and any a killed or concurrent worker left — apply it in one
 *    transaction that records its id (applyBatch: a replay changes nothing);
 * 3. only after that commit, DEL the batch and SREM its id together (MULTI). A kill before step 3
 *    leaves the batch open: the next run finds its id recorded and just deletes it.
 * Then raises the month totals the API-key guard reads to the database's, and prunes old batch ids.
 */
export async function rollupUsage({ em, redis, prefix, now }: RollupSettings): Promise<RollupResult> {
  const keys = usageKeys(prefix);
  const newId = randomUUID();
  await redis.eval(closePendingScript, 3, keys.pending, keys.batch(newId), keys.batches, newId);
  const ids = (await redis.smembers(keys.batches)).sort();
  const result: RollupResult = { batches: 0, counters: 0, rows: 0, orgIds: [] };
  const applied: DailyIncrement[] = [];
  for (const id of ids) {
    const parsed = parseBatch(await redis.hgetall(keys.batch(id)));
    const outcome = parsed.rows.length > 0 ? await applyBatch(em, id, parsed.rows, now) : 'already';
    if (outcome === 'busy') continue;
    if (outcome === 'applied') {
      result.batches++;
      result.counters += parsed.counters;
      result.rows += parsed.rows.length;
    }
    // Reconciled either way: a worker that died after committing never got to it.
    applied.push(...parsed.rows);
    await redis.multi().del(keys.batch(id)).srem(keys.batches, id).exec();
  }
  if (applied.length > 0) await reconcileMonths(em.fork(), redis, prefix, applied);
  await pruneAppliedBatches(em.fork(), new Date(now.getTime() - appliedBatchRetentionMs));
  result.orgIds = [...new Set(applied.map((row) => row.orgId))];
  return result;
}
