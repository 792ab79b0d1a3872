import type { DetailedError, Upload } from 'tus-js-client';
import { UploadCancelled, UploadError, isRetryableStatus, problemMessage } from './upload-error';
import type { RunningTransfer, UploadDestination } from './raw-upload';

export const tusEndpoint = '/v1/uploads';
const chunkSize = 16 * 1024 * 1024;

/**
 * Which stored upload a file resumes: the same file (name, size, date) to the same folder. The
 * default fingerprint ignores the destination, and would resume an upload meant for another folder.
 */
export function tusFingerprint(file: File, { projectId, folderId }: UploadDestination): string {
  return [
    'roster-tus',
    projectId,
    folderId ?? 'root',
    file.name,
    file.type,
    file.size,
    file.lastModified,
  ].join(':');
}

function errorOf(error: Error | DetailedError): UploadError {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const status = response?.getStatus() ?? 0;
  return new UploadError(problemMessage(status, response?.getBody() ?? ''), status);
}

/**
 * Sends `file` with the tus 1.0 protocol in 16 MiB chunks. Its upload URL is kept in localStorage
 * until it finishes, so a retry after a dropped connection (or a reload) resumes where it stopped;
 * outages are retried by tus itself, refusals (quota, size, permission) are not.
 */
export function sendTus(
  file: File,
  destination: UploadDestination,
  onProgress: (sent: number) => void,
): RunningTransfer {
  let cancelled = false;
  let upload: Upload | null = null;
  let stop: (error: UploadCancelled) => void = () => undefined;
  const metadata: Record<string, string> = {
    projectId: destination.projectId,
    name: destination.name,
    onConflict: 'rename',
  };
  if (destination.folderId) metadata.folderId = destination.folderId;

  const done = new Promise<void>((resolve, reject) => {
    stop = reject;
    // Loaded on the first large file: most pages (and most uploads) never need it.
    void import('tus-js-client').then(
      ({ Upload }) => {
        if (cancelled) return;
        upload = new Upload(file, {
          endpoint: tusEndpoint,
          chunkSize,
          retryDelays: [0, 1000, 3000, 5000],
          metadata,
          fingerprint: () => Promise.resolve(tusFingerprint(file, destination)),
          storeFingerprintForResuming: true,
          removeFingerprintOnSuccess: true,
          onBeforeRequest: (request) => {
            (request.getUnderlyingObject() as XMLHttpRequest).withCredentials = true;
          },
          onShouldRetry: (error) => isRetryableStatus(error.originalResponse?.getStatus() ?? 0),
          onProgress: (sent) => onProgress(sent),
          onSuccess: () => resolve(),
          onError: (error) => reject(cancelled ? new UploadCancelled() : errorOf(error)),
        });
        const started = upload;
        started
          .findPreviousUploads()
          .then((previous) => {
            if (cancelled) return;
            const latest = previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime))[0];
            if (latest) started.resumeFromPreviousUpload(latest);
            started.start();
          })
          .catch(() => started.start());
      },
      () => reject(new UploadError('The uploader could not be loaded. Reload the page, then retry.', 0)),
    );
  });

  return {
    done,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      // Terminating tells the server to drop the partial bytes (and its space reservation).
      void upload?.abort(true).catch(() => undefined);
      // abort() calls no handler: the transfer ends here.
      stop(new UploadCancelled());
    },
  };
}
