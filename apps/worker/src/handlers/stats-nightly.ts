import { requestStatsRecompute } from '@roster/core';
import type { JobHandler } from './types.js';

/** Organizations read per query: the nightly pass holds one page of ids at a time. */
const pageSize = 500;

/**
 * `stats.nightly` (03:00 UTC): asks for a recompute of every organization, paged over their ids
 * (keyset). Each is one `stats.recompute` job of the current window, deduplicated with any a change
 * already asked for; the worker's concurrency spreads them.
 */
export const statsNightlyJob: JobHandler<'stats.nightly'> = async (_payload, ctx) => {
  let after = '';
  let asked = 0;
  for (;;) {
    const rows = await ctx.em.execute<{ id: string }[]>(
      'select cast(id as text) as id from organizations where cast(id as text) > ? order by cast(id as text) limit ?',
      [after, pageSize],
    );
    for (const row of rows) await requestStatsRecompute(ctx.jobs, row.id);
    asked += rows.length;
    if (rows.length < pageSize) break;
    after = rows[rows.length - 1]!.id;
  }
  return `asked for ${asked} recomputes`;
};
