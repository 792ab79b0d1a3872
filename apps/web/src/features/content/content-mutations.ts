import { useMutation, useQueryClient } from '@tanstack/react-query';
import { trpc } from '../../lib/trpc';
import { contentChanged, type ContentItem } from './content-queries';

/** The API calls behind the dialogs; each refreshes every listing once it has answered. */
export function useContentMutations(orgId: string) {
  const queryClient = useQueryClient();
  const createFolder = useMutation(trpc.folder.create.mutationOptions());
  const updateFolder = useMutation(trpc.folder.update.mutationOptions());
  const updateAsset = useMutation(trpc.asset.update.mutationOptions());
  const deleteFolder = useMutation(trpc.folder.delete.mutationOptions());
  const deleteAsset = useMutation(trpc.asset.delete.mutationOptions());
  const refresh = () => contentChanged(queryClient);

  const rename = (item: ContentItem, name: string) =>
    item.kind === 'folder'
      ? updateFolder.mutateAsync({ orgId, folderId: item.id, name })
      : updateAsset.mutateAsync({ orgId, assetId: item.id, name });

  /** Into `folderId` (null: the root) of the item's own project, or of `projectId` (files only). */
  const move = (item: ContentItem, folderId: string | null, projectId = item.projectId) =>
    item.kind === 'folder'
      ? updateFolder.mutateAsync({ orgId, folderId: item.id, parentId: folderId })
      : updateAsset.mutateAsync({
          orgId,
          assetId: item.id,
          folderId,
          ...(projectId !== item.projectId ? { projectId } : {}),
        });

  const remove = (item: ContentItem) =>
    item.kind === 'folder'
      ? deleteFolder.mutateAsync({ orgId, folderId: item.id })
      : deleteAsset.mutateAsync({ orgId, assetId: item.id });

  return {
    createFolder: (projectId: string, parentId: string | null, name: string) =>
      createFolder.mutateAsync({ orgId, projectId, parentId, name }),
    rename,
    move,
    remove,
    refresh,
    renaming: updateFolder.isPending || updateAsset.isPending,
    creating: createFolder.isPending,
  };
}

/**
 * Runs one call per item, all of them even when some fail; refreshes the listings after. Returns
 * the items that failed, with the error of each.
 */
export async function eachItem(
  items: ContentItem[],
  call: (item: ContentItem) => Promise<unknown>,
  refresh: () => Promise<void>,
): Promise<{ item: ContentItem; error: unknown }[]> {
  const results = await Promise.allSettled(items.map((item) => call(item)));
  await refresh();
  return results.flatMap((result, index) =>
    result.status === 'rejected' ? [{ item: items[index]!, error: result.reason as unknown }] : [],
  );
}
