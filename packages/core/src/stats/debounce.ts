import type { JobQueue } from '../jobs/queue.js';

/** How long a change waits before its organization's statistics are recomputed (a window). */
export const defaultStatsDebounceMs = 5_000;

let debounceMs = defaultStatsDebounceMs;

/** The worker's STATS_DEBOUNCE_MS (tests shorten it); every process that enqueues may set it. */
export function setStatsDebounceMs(ms: number): void {
  if (!Number.isInteger(ms) || ms < 1) throw new Error('statsDebounceMs must be a positive whole number');
  debounceMs = ms;
}

export function statsDebounceMs(): number {
  return debounceMs;
}

/** The window `at` falls in: `floor(at / statsDebounceMs)`. */
export function statsWindow(at: Date, ms = debounceMs): number {
  return Math.floor(at.getTime() / ms);
}

/** When the window ends: its job runs then, after every change made during it. */
export function statsWindowEnd(window: number, ms = debounceMs): Date {
  return new Date((window + 1) * ms);
}

/**
 * Asks for a recompute of the organization's statistics at the end of the current window: one job
 * per organization and window (its id), so a burst of changes costs one recompute. A change made
 * while a recompute runs asks in a later window (the running job's window has ended), whose job
 * runs after it: no change is ever left out.
 */
export async function requestStatsRecompute(
  jobs: Pick<JobQueue, 'enqueue'>,
  orgId: string,
  now = new Date(),
): Promise<void> {
  const window = statsWindow(now);
  const delay = Math.max(0, statsWindowEnd(window).getTime() - now.getTime());
  await jobs.enqueue('stats.recompute', { orgId, window }, { delay });
}
