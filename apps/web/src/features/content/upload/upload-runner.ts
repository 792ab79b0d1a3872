import { sendRaw } from './raw-upload';
import { allEntries, patchTask, recordProgress, type TaskEntry } from './task-store';
import { sendTus } from './tus-upload';
import { UploadCancelled, UploadError } from './upload-error';
import { folderIdFor, storedPath, type UploadBatch } from './upload-folders';
import { contentChanged } from './upload-queries';

/** Files sent at once. */
const concurrency = 3;

/** The dropped set each task belongs to (its target, its folders). */
export const batches = new WeakMap<TaskEntry, UploadBatch>();

/** Starts queued uploads, in order, while fewer than three are running. */
export function pump(): void {
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
