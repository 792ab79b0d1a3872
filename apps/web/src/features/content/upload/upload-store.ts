import { useSyncExternalStore } from 'react';
import { folderPathOf, segmentsOf } from './folder-plan';
import {
  addEntries,
  allEntries,
  findEntry,
  getSnapshot,
  patchTask,
  removeEntries,
  subscribe,
  type TaskEntry,
  type UploadsSnapshot,
} from './task-store';
import { createTree, type UploadBatch, type UploadTarget } from './upload-folders';
import { tooLargeMessage } from './upload-format';
import { contentChanged, largestFileOf } from './upload-queries';
import { batches, pump } from './upload-runner';

export type { UploadTask, UploadsSnapshot } from './task-store';
export type { UploadTarget } from './upload-folders';

/** Files from this size on go through tus (resumable); smaller ones in one request. */
export const resumableFrom = 64 * 1024 * 1024;

let nextId = 1;

/** The upload tasks and their totals; re-renders on every change (progress at most every 100 ms). */
export function useUploads(): UploadsSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

export interface FileToUpload {
  file: File;
  /** "Photos/2024/a.jpg" for a file of a dropped or chosen folder; the name (or '') for a loose file. */
  relativePath: string;
}

/**
 * Queues `files` for upload into `target`. A dropped folder's tree is recreated first (its top
 * folder renamed if the name is taken: "Photos (1)"), then the files are sent, three at a time.
 * `emptyFolders` are paths of folders with no file in them, created too.
 */
export async function startUploads(
  files: readonly FileToUpload[],
  target: UploadTarget,
  { emptyFolders = [] }: { emptyFolders?: readonly string[] } = {},
): Promise<void> {
  const batch: UploadBatch = { target, folders: new Map(), names: new Map() };
  const largest = await largestFileOf(target.orgId);
  const added = files.map(({ file, relativePath }): TaskEntry => {
    const path = segmentsOf(relativePath).join('/') || file.name;
    const tooLarge = largest !== null && file.size > largest.bytes;
    const entry: TaskEntry = {
      file,
      folderPath: folderPathOf(path),
      samples: [],
      transfer: null,
      cancelled: false,
      attempt: 0,
      task: {
        id: `upload-${nextId++}`,
        name: file.name,
        relativePath: path,
        size: file.size,
        sent: 0,
        state: tooLarge ? 'failed' : 'queued',
        error: tooLarge ? tooLargeMessage(file.size, largest) : null,
        canRetry: !tooLarge,
        speed: 0,
        secondsLeft: null,
        via: file.size >= resumableFrom ? 'tus' : 'raw',
        orgId: target.orgId,
        projectId: target.projectId,
      },
    };
    batches.set(entry, batch);
    return entry;
  });
  addEntries(added);
  const paths = added
    .filter((entry) => entry.task.state === 'queued')
    .map((entry) => entry.task.relativePath);
  await createTree(batch, paths, emptyFolders, () => contentChanged(target.orgId));
  pump();
}

/** Stops a queued or running upload (a resumable one's partial bytes are dropped on the server). */
export function cancelUpload(id: string): void {
  const entry = findEntry(id);
  if (!entry || (entry.task.state !== 'queued' && entry.task.state !== 'uploading')) return;
  entry.cancelled = true;
  entry.transfer?.cancel();
  patchTask(entry, { state: 'cancelled', speed: 0, secondsLeft: null });
  pump();
}

/** Stops every queued and running upload (a dropped folder of hundreds of files, say). */
export function cancelAll(): void {
  for (const entry of [...allEntries()]) cancelUpload(entry.task.id);
}

/** Queues a failed or cancelled upload again (a resumable one continues where it stopped). */
export function retryUpload(id: string): void {
  const entry = findEntry(id);
  if (!entry || !entry.task.canRetry || (entry.task.state !== 'failed' && entry.task.state !== 'cancelled'))
    return;
  entry.cancelled = false;
  entry.samples = [];
  patchTask(entry, { state: 'queued', error: null, sent: 0, speed: 0, secondsLeft: null });
  pump();
}

/** Removes finished, failed and cancelled uploads from the panel. */
export function clearFinished(): void {
  removeEntries((entry) => entry.task.state === 'queued' || entry.task.state === 'uploading');
}
