import { Download, FolderInput, Trash2, X } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { downloadItems } from './content-links';
import type { ContentItem } from './content-queries';
import { canDelete, type ContentTableMeta } from './content-table-model';

/**
 * Shown while items are selected, in place of the toolbar: how many, and what can be done with
 * all of them at once. Esc or ✕ clears the selection.
 */
export function SelectionBar({
  selected,
  meta,
  onClear,
}: {
  selected: ContentItem[];
  meta: ContentTableMeta;
  onClear(): void;
}) {
  const deletable = selected.every((item) => canDelete(meta, item));
  return (
    <div
      role="region"
      aria-label="Selection"
      className="sticky top-14 z-20 flex min-h-[3.75rem] flex-wrap items-center gap-x-2 gap-y-2 border-b border-indigo-100 rounded-t-lg bg-indigo-50 px-3 py-2.5 sm:px-4 lg:top-0"
    >
      <Button variant="ghost" size="icon" aria-label="Clear selection" onClick={onClear}>
        <X aria-hidden className="size-4" />
      </Button>
      <p className="text-sm font-medium text-zinc-900" aria-live="polite">
        {selected.length} selected
      </p>
      <div className="ml-auto flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => downloadItems(selected)}>
          <Download aria-hidden className="size-4" />
          Download
        </Button>
        {meta.canWrite && (
          <Button variant="secondary" size="sm" onClick={() => meta.onAction('move', selected)}>
            <FolderInput aria-hidden className="size-4" />
            Move
          </Button>
        )}
        {deletable && (
          <Button variant="danger" size="sm" onClick={() => meta.onAction('delete', selected)}>
            <Trash2 aria-hidden className="size-4" />
            Delete
          </Button>
        )}
      </div>
    </div>
  );
}
