import { dateParam, isLockContention, isUniqueViolation, type EntityManager } from '@roster/db';
import { upsertActivity } from './activity-apply.js';
import type { ActivityIncrement, DailyIncrement } from './batch.js';

/** What became of one batch: applied now, applied before (by us or another worker), or being applied elsewhere. */
export type ApplyOutcome = 'applied' | 'already' | 'busy';

/** Rows per upsert statement (7 parameters each: far below SQLite's and PostgreSQL's limits). */
const chunkSize = 500;

const upsertHead =
  'insert into usage_daily (organization_id, day, project_id, api_key_id, api_calls, bandwidth_in, bandwidth_out) values ';
const upsertTail =
  ' on conflict (organization_id, day, project_id, api_key_id) do update set' +
  ' api_calls = usage_daily.api_calls + excluded.api_calls,' +
  ' bandwidth_in = usage_daily.bandwidth_in + excluded.bandwidth_in,' +
  ' bandwidth_out = usage_daily.bandwidth_out + excluded.bandwidth_out';

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

/** The organizations of `orgIds` that still exist (counts of a deleted one have nowhere to go). */
async function existingOrgs(em: EntityManager, orgIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(orgIds)) {
    const rows = await em.execute<{ id: string }[]>(
      `select cast(id as text) as id from organizations where id in (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) found.add(row.id);
  }
  return found;
}

async function upsertDaily(em: EntityManager, rows: DailyIncrement[]): Promise<void> {
  for (const part of chunks(rows)) {
    const values = part.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
    const params = part.flatMap((r) => [
      r.orgId,
      r.day,
      r.projectId,
      r.apiKeyId,
      r.apiCalls,
      r.bandwidthIn,
      r.bandwidthOut,
    ]);
    await em.execute(upsertHead + values + upsertTail, params, 'run');
  }
}

/**
 * Applies one batch in ONE transaction that first inserts its id into `usage_batches`: the id and
 * the counts (usage and the statistics' activity) commit together or not at all. An id already there means the batch was applied (a
 * worker died before deleting it from Redis, or another worker got there first) → 'already',
 * nothing changed. Two workers on the same batch: PostgreSQL makes the second insert wait for the
 * first transaction, then finds the conflict (or, if the first rolled back, inserts and applies);
 * SQLite lets one writer in at a time (BEGIN IMMEDIATE), so the second sees the committed row.
 * A wait that runs out (lock timeout) → 'busy': the batch stays open for the next run.
 */
export async function applyBatch(
  em: EntityManager,
  batchId: string,
  rows: DailyIncrement[],
  now: Date,
  activity: readonly ActivityIncrement[] = [],
): Promise<ApplyOutcome> {
  try {
    return await em.fork().transactional(async (tx) => {
      const claimed = await tx.execute<{ affectedRows: number }>(
        'insert into usage_batches (id, applied_at) values (?, ?) on conflict (id) do nothing',
        [batchId, dateParam(tx, now)],
        'run',
      );
      if (claimed.affectedRows === 0) return 'already';
      const orgIds = [...rows, ...activity].map((r) => r.orgId);
      const orgs = await existingOrgs(tx, [...new Set(orgIds)]);
      await upsertDaily(
        tx,
        rows.filter((r) => orgs.has(r.orgId)),
      );
      await upsertActivity(
        tx,
        activity.filter((r) => orgs.has(r.orgId)),
      );
      return 'applied';
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'already';
    if (isLockContention(error)) return 'busy';
    throw error;
  }
}

/** Forgets applied batch ids after `keepMs` (35 days): a batch is deleted from Redis right after it applies. */
export async function pruneAppliedBatches(em: EntityManager, before: Date): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    'delete from usage_batches where applied_at < ?',
    [dateParam(em, before)],
    'run',
  );
  return result.affectedRows;
}
