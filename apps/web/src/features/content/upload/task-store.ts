import {
  addSample,
  secondsLeft,
  speedOf,
  totalsOf,
  type ProgressSample,
  type UploadState,
  type UploadTotals,
} from './upload-math';
import type { RunningTransfer } from './raw-upload';

/** One file of the upload panel, as components read it. */
export interface UploadTask {
  id: string;
  name: string;
  /** "Photos/2024/a.jpg" for a file of a dropped folder, else the name. */
  relativePath: string;
  size: number;
  sent: number;
  state: UploadState;
  /** Why it failed, in words (the server's problem detail when it answered). */
  error: string | null;
  /** False when a retry cannot help (the file is larger than the plan allows). */
  canRetry: boolean;
  /** Bytes per second, a moving average. */
  speed: number;
  secondsLeft: number | null;
  via: 'raw' | 'tus';
  orgId: string;
  projectId: string;
}

export interface UploadsSnapshot {
  tasks: readonly UploadTask[];
  totals: UploadTotals;
}

/** What the runner keeps beside the task: the file, where it goes, the transfer to cancel. */
export interface TaskEntry {
  task: UploadTask;
  file: File;
  folderPath: string;
  samples: ProgressSample[];
  transfer: RunningTransfer | null;
  /** Set on cancel while the task waits for its folder (no transfer yet). */
  cancelled: boolean;
  /** Counts the runs: a run outlived by a cancel and a retry leaves the task to the newer one. */
  attempt: number;
}

const entries: TaskEntry[] = [];
const listeners = new Set<() => void>();
let snapshot: UploadsSnapshot = { tasks: [], totals: totalsOf([]) };
let flushTimer: ReturnType<typeof setTimeout> | null = null;
let ticker: ReturnType<typeof setInterval> | null = null;

export const allEntries = (): readonly TaskEntry[] => entries;
export const findEntry = (id: string) => entries.find((entry) => entry.task.id === id);

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const getSnapshot = (): UploadsSnapshot => snapshot;

/** Publishes the tasks now (a state change), or within 100 ms (progress: fewer renders). */
export function publish(soon = false): void {
  if (soon) {
    flushTimer ??= setTimeout(() => publish(), 100);
    return;
  }
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  const tasks = entries.map((entry) => entry.task);
  snapshot = { tasks, totals: totalsOf(tasks) };
  keepTicking(tasks.some((task) => task.state === 'uploading'));
  for (const listener of listeners) listener();
}

export function addEntries(added: TaskEntry[]): void {
  entries.push(...added);
  publish();
}

export function removeEntries(keep: (entry: TaskEntry) => boolean): void {
  const kept = entries.filter(keep);
  entries.splice(0, entries.length, ...kept);
  publish();
}

/** Replaces the task's fields (a new object: React sees the change). */
export function patchTask(entry: TaskEntry, changes: Partial<UploadTask>): void {
  entry.task = { ...entry.task, ...changes };
  publish();
}

/** Records bytes sent: the speed is a moving average over the last seconds. */
export function recordProgress(entry: TaskEntry, sent: number, at = performance.now()): void {
  entry.samples = addSample(entry.samples, { at, sent });
  const speed = speedOf(entry.samples);
  entry.task = { ...entry.task, sent, speed, secondsLeft: secondsLeft(entry.task.size - sent, speed) };
  publish(true);
}

/** While files upload, a sample a second: a stalled upload's speed falls instead of freezing. */
function keepTicking(uploading: boolean): void {
  if (uploading && !ticker) {
    ticker = setInterval(() => {
      for (const entry of entries) {
        if (entry.task.state === 'uploading') recordProgress(entry, entry.task.sent);
      }
    }, 1000);
  } else if (!uploading && ticker) {
    clearInterval(ticker);
    ticker = null;
  }
}
