import { UploadCancelled, UploadError, problemMessage } from './upload-error';

export interface UploadDestination {
  projectId: string;
  folderId: string | null;
  name: string;
}

export interface RunningTransfer {
  /** Settles when the server has the file (or rejects with UploadError / UploadCancelled). */
  done: Promise<void>;
  /** Stops sending; `done` rejects with UploadCancelled. */
  cancel(): void;
}

/** The raw-body route of `/v1` (one request; the name taken gets `name (1).ext`). */
export function rawUploadUrl({ projectId, folderId, name }: UploadDestination): string {
  const query = new URLSearchParams({ name, onConflict: 'rename' });
  if (folderId) query.set('folderId', folderId);
  return `/v1/projects/${encodeURIComponent(projectId)}/assets?${query.toString()}`;
}

/**
 * Sends `file` as one request body with XMLHttpRequest (fetch reports no upload progress); the
 * session cookie goes with it and the browser adds the Origin the API checks.
 */
export function sendRaw(
  file: File,
  destination: UploadDestination,
  onProgress: (sent: number) => void,
): RunningTransfer {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (event) => onProgress(event.loaded));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve();
      else reject(new UploadError(problemMessage(xhr.status, xhr.responseText), xhr.status));
    });
    xhr.addEventListener('error', () => reject(new UploadError(problemMessage(0, ''), 0)));
    xhr.addEventListener('abort', () => reject(new UploadCancelled()));
  });
  xhr.open('POST', rawUploadUrl(destination));
  xhr.withCredentials = true;
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  xhr.send(file);
  return { done, cancel: () => xhr.abort() };
}
