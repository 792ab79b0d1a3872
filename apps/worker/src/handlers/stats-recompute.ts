import { recomputeStats, statsDebounceMs, statsWindowEnd } from '@roster/core';
import type { JobHandler } from './types.js';

/**
 * `stats.recompute` {orgId, window}: recomputes one organization's statistics (core
 * stats/recompute.ts, one set-based transaction). It runs at its window's end, after every change
 * that asked for it; a change during the run asks for a later window, whose job runs after this
 * one. A job that arrives early (another process's clock ahead, by less than a window) waits for
 * the window's end first. An organization gone since: nothing to do.
 */
export const statsRecomputeJob: JobHandler<'stats.recompute'> = async ({ orgId, window }, ctx) => {
  const end = statsWindowEnd(window);
  const early = end.getTime() - Date.now();
  if (early > 0 && early <= statsDebounceMs()) await ctx.retryAt(end);
  const started = Date.now();
  const result = await recomputeStats(ctx.em, orgId, new Date());
  if (!result) return 'organization gone';
  ctx.logger.debug({ orgId, ...result, ms: Date.now() - started }, 'statistics recomputed');
  return `recomputed ${result.projects} projects and ${result.users} members`;
};
