import { Ban, CircleAlert, CircleCheck, File, RotateCw, X } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from './progress-bar';
import { formatBytes, formatSpeed, formatTimeLeft } from './upload-format';
import { percentOf } from './upload-math';
import { cancelUpload, retryUpload, type UploadTask } from './upload-store';

/** What the row says under the file's name. */
function statusOf(task: UploadTask): string {
  switch (task.state) {
    case 'queued':
      return `Waiting · ${formatBytes(task.size)}`;
    case 'uploading':
      return [
        `${formatBytes(task.sent)} of ${formatBytes(task.size)}`,
        task.speed > 0 ? formatSpeed(task.speed) : '',
        formatTimeLeft(task.secondsLeft),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'done':
      return `Uploaded · ${formatBytes(task.size)}`;
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return task.error ?? 'The upload failed.';
  }
}

const icons = {
  queued: { icon: File, className: 'text-zinc-400' },
  uploading: { icon: File, className: 'text-indigo-600' },
  done: { icon: CircleCheck, className: 'text-green-600' },
  failed: { icon: CircleAlert, className: 'text-red-600' },
  cancelled: { icon: Ban, className: 'text-zinc-400' },
} as const;

/** One file in the upload panel: its name, progress or outcome, and cancel or retry. */
export function UploadRow({ task }: { task: UploadTask }) {
  const { icon: Icon, className } = icons[task.state];
  const percent = percentOf(task);
  const status = statusOf(task);
  const running = task.state === 'queued' || task.state === 'uploading';
  return (
    <li className="flex items-start gap-3 px-4 py-3">
      <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${className}`} />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-zinc-900" title={task.relativePath}>
          {task.relativePath}
        </p>
        <p
          className={task.state === 'failed' ? 'mt-0.5 text-xs text-red-700' : 'mt-0.5 text-xs text-zinc-600'}
        >
          {status}
        </p>
        {running && (
          <ProgressBar
            className="mt-2"
            percent={percent}
            label={`Upload of ${task.name}`}
            valueText={`${percent}%, ${formatBytes(task.sent)} of ${formatBytes(task.size)}`}
          />
        )}
      </div>
      {running && (
        <Button
          variant="ghost"
          size="icon"
          className="-my-1.5 -mr-2"
          aria-label={`Cancel upload of ${task.name}`}
          title="Cancel"
          onClick={() => cancelUpload(task.id)}
        >
          <X aria-hidden className="size-4" />
        </Button>
      )}
      {(task.state === 'failed' || task.state === 'cancelled') && task.canRetry && (
        <Button
          variant="ghost"
          size="icon"
          className="-my-1.5 -mr-2"
          aria-label={`Retry upload of ${task.name}`}
          title="Retry"
          onClick={() => retryUpload(task.id)}
        >
          <RotateCw aria-hidden className="size-4" />
        </Button>
      )}
    </li>
  );
}
