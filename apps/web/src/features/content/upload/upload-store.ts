import type { Plan } from '@roster/core/browser';
import { useSyncExternalStore } from 'react';
import { queryClient } from '../../../lib/query-client';
import { trpc } from '../../../lib/trpc';
import { folderPathOf, segmentsOf } from './folder-plan';
import { sendRaw } from './raw-upload';
import {
  addEntries,
  allEntries,
  findEntry,
  getSnapshot,
  patchTask,
  recordProgress,
  removeEntries,
  subscribe,
  type TaskEntry,
  type UploadsSnapshot,
} from './task-store';
import { sendTus } from './tus-upload';
import { UploadCancelled, UploadError } from './upload-error';
import { createTree, folderIdFor, storedPath, type UploadBatch, type UploadTarget } from './upload-folders';
import { tooLargeMessage } from './upload-format';

export type { UploadTask, UploadsSnapshot } from './task-store';
export type { UploadTarget } from './upload-folders';

/** Files from this size on go through tus (resumable); smaller ones in one request. */
export const resumableFrom = 64 * 1024 * 1024;
/** Files sent at once. */
const concurrency = 3;

let nextId = 1;
const batches = new WeakMap<TaskEntry, UploadBatch>();

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

function pump(): void {
  const entries = allEntries();
  let running = entries.filter((entry) => entry.task.state === 'uploading').length;
  for (const entry of entries) {
    if (running >= concurrency) break;
    if (entry.task.state !== 'queued') continue;
    running++;
    void run(entry);
  }
}

async function run(entry: TaskEntry): Promise<void> {
  const batch = batches.get(entry);
  if (!batch) return;
  const attempt = ++entry.attempt;
  const current = () => entry.attempt === attempt;
  patchTask(entry, { state: 'uploading', sent: 0 });
  try {
    const folderId = await folderIdFor(batch, entry.folderPath, () => contentChanged(batch.target.orgId));
    if (entry.cancelled || !current()) throw new UploadCancelled();
    const relativePath = storedPath(batch, entry.task.relativePath);
    if (relativePath !== entry.task.relativePath) patchTask(entry, { relativePath });
    const send = entry.task.via === 'tus' ? sendTus : sendRaw;
    entry.transfer = send(
      entry.file,
      { projectId: batch.target.projectId, folderId, name: entry.file.name },
      (sent) => recordProgress(entry, sent),
    );
    await entry.transfer.done;
    patchTask(entry, { state: 'done', sent: entry.task.size, speed: 0, secondsLeft: 0 });
    contentChanged(batch.target.orgId);
  } catch (error) {
    if (!current()) return;
    if (error instanceof UploadCancelled || entry.cancelled) {
      if (entry.task.state !== 'cancelled')
        patchTask(entry, { state: 'cancelled', speed: 0, secondsLeft: null });
    } else {
      const message = error instanceof Error ? error.message : String(error);
      patchTask(entry, { state: 'failed', error: message, speed: 0, secondsLeft: null });
      if (!(error instanceof UploadError)) console.error(error);
    }
  } finally {
    if (current()) entry.transfer = null;
    pump();
  }
}

/** The plan's largest file, from the organization's query (fetched if not cached); null: none. */
async function largestFileOf(orgId: string): Promise<{ bytes: number; plan: Plan } | null> {
  try {
    const org = await queryClient.ensureQueryData(trpc.org.get.queryOptions({ orgId }));
    const bytes = org.storage.largestFile;
    return bytes === null ? null : { bytes, plan: org.plan };
  } catch {
    return null; // The server checks it anyway.
  }
}

let refreshTimer: ReturnType<typeof setTimeout> | null = null;
const changedOrgs = new Set<string>();

/**
 * The listings and the organization's storage used are out of date: refreshed once for a burst of
 * finished files (a refetch running is not cancelled, so a stream of small files cannot starve it).
 */
function contentChanged(orgId: string): void {
  changedOrgs.add(orgId);
  refreshTimer ??= setTimeout(() => {
    refreshTimer = null;
    const orgs = [...changedOrgs];
    changedOrgs.clear();
    const options = { cancelRefetch: false };
    void queryClient.invalidateQueries({ queryKey: trpc.content.list.pathKey() }, options);
    void queryClient.invalidateQueries({ queryKey: trpc.folder.get.pathKey() }, options);
    for (const id of orgs)
      void queryClient.invalidateQueries({ queryKey: trpc.org.get.queryKey({ orgId: id }) }, options);
  }, 300);
}
