import { ChevronDown, ChevronUp, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ProgressBar } from './progress-bar';
import { formatBytes, formatSpeed, formatTimeLeft } from './upload-format';
import type { UploadTotals } from './upload-math';
import { UploadRow } from './upload-row';
import { cancelAll, clearFinished, useUploads } from './upload-store';

const filesLabel = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;

function titleOf({ files, active, done, failed }: UploadTotals): string {
  if (active > 0) return `Uploading ${filesLabel(active)}`;
  if (files === 0) return 'Uploads cancelled';
  if (failed > 0 && done === 0) return `${filesLabel(failed)} failed`;
  if (failed > 0) return `${done} uploaded, ${failed} failed`;
  return `${filesLabel(done)} uploaded`;
}

function summaryOf(totals: UploadTotals): string {
  if (totals.active === 0)
    return totals.done === 0 ? 'Nothing uploaded' : `${formatBytes(totals.sent)} uploaded`;
  const parts = [`${formatBytes(totals.sent)} of ${formatBytes(totals.bytes)}`, `${totals.percent}%`];
  if (totals.speed > 0) parts.push(formatSpeed(totals.speed));
  parts.push(formatTimeLeft(totals.secondsLeft));
  return parts.filter(Boolean).join(' · ');
}

/** Warns before leaving the page while files are still on their way. */
function useLeaveWarning(uploading: boolean): void {
  useEffect(() => {
    if (!uploading) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [uploading]);
}

/** What the live region says once every upload has ended ("3 files uploaded, 1 failed"). */
function useCompletionAnnouncement(totals: UploadTotals): string {
  const [announcement, setAnnouncement] = useState('');
  const [wasActive, setWasActive] = useState(false);
  const active = totals.active > 0;
  if (active !== wasActive) {
    setWasActive(active);
    setAnnouncement(active ? '' : `Uploads finished: ${titleOf(totals)}.`);
  }
  return announcement;
}

/**
 * The uploads of this tab, docked at the bottom right (a full-width sheet on a phone), on every
 * page of the organization: overall progress with speed and time left, each file with its own bar,
 * cancel and retry; collapsible; finished ones cleared on demand.
 */
export function UploadPanel() {
  const { tasks, totals } = useUploads();
  const [collapsed, setCollapsed] = useState(false);
  const listId = useId();
  const announcement = useCompletionAnnouncement(totals);
  useLeaveWarning(totals.active > 0);
  if (tasks.length === 0)
    return (
      <div role="status" className="sr-only">
        {announcement}
      </div>
    );

  const finished = tasks.length - totals.active;
  return (
    <section
      aria-label="Uploads"
      className="fixed inset-x-0 bottom-0 z-40 flex max-h-[60vh] flex-col rounded-t-xl border border-zinc-200 bg-white shadow-xl sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-h-[min(28rem,70vh)] sm:w-96 sm:rounded-xl"
    >
      <header className="flex items-center gap-2 py-2 pr-2 pl-4">
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-sm font-semibold text-zinc-900">{titleOf(totals)}</h2>
          <p className="truncate text-xs text-zinc-600 tabular-nums">{summaryOf(totals)}</p>
        </div>
        <Button
          variant="ghost"
          size="icon"
          aria-expanded={!collapsed}
          aria-controls={listId}
          aria-label={collapsed ? 'Show uploads' : 'Hide uploads'}
          title={collapsed ? 'Show uploads' : 'Hide uploads'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? (
            <ChevronUp aria-hidden className="size-4" />
          ) : (
            <ChevronDown aria-hidden className="size-4" />
          )}
        </Button>
        {totals.active === 0 && (
          <Button
            variant="ghost"
            size="icon"
            aria-label="Close uploads"
            title="Close"
            onClick={clearFinished}
          >
            <X aria-hidden className="size-4" />
          </Button>
        )}
      </header>
      <ProgressBar
        className="mx-4 mb-3"
        percent={totals.percent}
        label="All uploads"
        valueText={`${totals.percent}%, ${formatBytes(totals.sent)} of ${formatBytes(totals.bytes)}`}
        tone={
          totals.active > 0 ? 'indigo' : totals.failed === 0 ? 'green' : totals.done === 0 ? 'red' : 'amber'
        }
      />
      <div id={listId} hidden={collapsed} className="flex min-h-0 flex-col border-t border-zinc-100">
        <ul aria-label="Files" className="min-h-0 flex-1 divide-y divide-zinc-100 overflow-y-auto">
          {tasks.map((task) => (
            <UploadRow key={task.id} task={task} />
          ))}
        </ul>
        {(finished > 0 || totals.active > 1) && (
          <footer className="flex justify-end gap-2 border-t border-zinc-100 px-2 py-1.5">
            {totals.active > 1 && (
              <Button variant="ghost" size="sm" onClick={cancelAll}>
                Cancel all
              </Button>
            )}
            {finished > 0 && (
              <Button variant="ghost" size="sm" onClick={clearFinished}>
                Clear finished
              </Button>
            )}
          </footer>
        )}
      </div>
      <div role="status" className="sr-only">
        {announcement}
      </div>
    </section>
  );
}
