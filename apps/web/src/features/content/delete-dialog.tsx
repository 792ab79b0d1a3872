import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { contentsLabel, itemsLabel } from './content-format';
import { eachItem, useContentMutations } from './content-mutations';
import { folderSummaryQuery, type ContentItem } from './content-queries';

/** What goes when these items are deleted: the folders' contents counted by the API. */
function useDeletedTotals(orgId: string, items: ContentItem[], open: boolean) {
  const folders = items.filter((item) => item.kind === 'folder');
  const summaries = useQueries({
    queries: folders.map((folder) => ({ ...folderSummaryQuery(orgId, folder.id), enabled: open })),
  });
  if (summaries.some((summary) => summary.isPending)) return { state: 'counting' as const };
  const failed = summaries.find((summary) => summary.isError);
  if (failed) return { state: 'unknown' as const, error: readApiError(failed.error).message };
  let assets = 0;
  let bytes = 0;
  let inner = 0;
  for (const item of items) {
    if (item.kind !== 'asset') continue;
    assets++;
    bytes += item.size;
  }
  for (const { data } of summaries) {
    inner += data?.folders ?? 0;
    assets += data?.assets ?? 0;
    bytes += data?.bytes ?? 0;
  }
  return { state: 'known' as const, totals: { folders: folders.length + inner, assets, bytes } };
}

/**
 * Asks before deleting, and says what goes: for a folder, how many folders and files it holds and
 * their size; for several items, the totals. Files are deleted at once; there is no undo.
 */
export function DeleteDialog({
  orgId,
  items,
  open,
  onOpenChange,
  onDeleted,
}: {
  orgId: string;
  items: ContentItem[];
  open: boolean;
  onOpenChange(open: boolean): void;
  onDeleted(): void;
}) {
  const mutations = useContentMutations(orgId);
  const [pending, setPending] = useState(false);
  const totals = useDeletedTotals(orgId, items, open);
  const single = items.length === 1 ? items[0]! : null;
  const label = itemsLabel(items);
  let description: string;
  if (totals.state === 'counting') description = 'Counting what is inside…';
  else if (totals.state === 'unknown') description = `What is inside could not be counted: ${totals.error}`;
  else if (single?.kind === 'folder') {
    const inside = { ...totals.totals, folders: totals.totals.folders - 1 };
    description =
      inside.folders + inside.assets === 0
        ? 'The folder is empty.'
        : `Everything in it goes too: ${contentsLabel(inside)}.`;
  } else if (single) description = `The file goes: ${contentsLabel(totals.totals)}.`;
  else description = `In all: ${contentsLabel(totals.totals)}.`;

  async function confirm() {
    setPending(true);
    const failures = await eachItem(items, mutations.remove, mutations.refresh);
    setPending(false);
    onDeleted();
    onOpenChange(false);
    if (failures.length === 0) toast.success(`Deleted ${label}`);
    else
      toast.error(
        `${failures.length === items.length ? 'Nothing was' : `${failures.length} of ${items.length} items were not`} deleted: ${readApiError(failures[0]!.error).message}`,
      );
  }

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${label}?`}
      description={`${description} This cannot be undone.`}
      confirmLabel="Delete"
      destructive
      pending={pending}
      onConfirm={() => void confirm()}
    />
  );
}
