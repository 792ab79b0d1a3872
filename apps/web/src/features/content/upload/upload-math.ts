/** The pure arithmetic of the upload panel: speed, time left and totals. */

export type UploadState = 'queued' | 'uploading' | 'done' | 'failed' | 'cancelled';

/** Bytes sent by a moment (ms since an arbitrary origin, e.g. performance.now()). */
export interface ProgressSample {
  at: number;
  sent: number;
}

/** How far back the speed looks: long enough to smooth bursts, short enough to follow changes. */
export const speedWindowMs = 5_000;

/**
 * The samples to keep once `sample` is added: those within `windowMs` of it, plus the newest one
 * older than that (so that a slow trickle still spans the window). Never more than needed.
 */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  windowMs = speedWindowMs,
): ProgressSample[] {
  const all = [...samples, sample];
  let first = 0;
  while (first < all.length - 2 && sample.at - all[first + 1]!.at >= windowMs) first++;
  return all.slice(first);
}

/** Bytes per second over the samples (a moving average); 0 until two samples are apart in time. */
export function speedOf(samples: readonly ProgressSample[]): number {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || last.at <= first.at) return 0;
  return Math.max(0, ((last.sent - first.sent) * 1000) / (last.at - first.at));
}

/** Whole seconds left for `remaining` bytes at `speed` bytes/s; null when it cannot be told yet. */
export function secondsLeft(remaining: number, speed: number): number | null {
  if (remaining <= 0) return 0;
  if (speed <= 0) return null;
  return Math.ceil(remaining / speed);
}

export interface TaskProgress {
  size: number;
  sent: number;
  state: UploadState;
  speed: number;
}

export interface UploadTotals {
  /** Files counted (not cancelled). */
  files: number;
  done: number;
  failed: number;
  /** Queued or uploading. */
  active: number;
  /** Bytes of the files still to send or sent (not failed, not cancelled). */
  bytes: number;
  sent: number;
  /** 0–100, whole. */
  percent: number;
  /** Bytes per second of the uploads running now. */
  speed: number;
  secondsLeft: number | null;
}

/**
 * Overall progress: cancelled files do not count; failed ones count as files but not as bytes
 * (their bytes are not on their way), so the bar reaches 100% when everything else is done (and
 * stays at 0% when nothing got through).
 */
export function totalsOf(tasks: readonly TaskProgress[]): UploadTotals {
  let files = 0;
  let done = 0;
  let failed = 0;
  let active = 0;
  let bytes = 0;
  let sent = 0;
  let speed = 0;
  for (const task of tasks) {
    if (task.state === 'cancelled') continue;
    files++;
    if (task.state === 'failed') {
      failed++;
      continue;
    }
    bytes += task.size;
    sent += task.state === 'done' ? task.size : Math.min(task.sent, task.size);
    if (task.state === 'done') done++;
    else active++;
    if (task.state === 'uploading') speed += task.speed;
  }
  const percent = bytes === 0 ? (active === 0 && done > 0 ? 100 : 0) : Math.floor((sent * 100) / bytes);
  return {
    files,
    done,
    failed,
    active,
    bytes,
    sent,
    percent,
    speed,
    secondsLeft: secondsLeft(bytes - sent, speed),
  };
}

/** Whole percent of one file (an empty file is 0 until done). */
export function percentOf({ size, sent, state }: Pick<TaskProgress, 'size' | 'sent' | 'state'>): number {
  if (state === 'done') return 100;
  if (size <= 0) return 0;
  return Math.min(100, Math.floor((sent * 100) / size));
}
