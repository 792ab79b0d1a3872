import { useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import type { ContentSort, SortOrder } from './content-search-params';

// The DTOs of the API (core's content/dto.ts), as content.list, folder.get and asset.get answer them.
export type ContentPage = RouterOutputs['content']['list'];
export type ContentItem = ContentPage['items'][number];
export type FolderItem = Extract<ContentItem, { kind: 'folder' }>;
export type AssetItem = Extract<ContentItem, { kind: 'asset' }>;
export type FolderPath = NonNullable<ContentPage['folder']>;
export type FolderSummary = RouterOutputs['folder']['get'];

export const contentPageSize = 100;

export interface ContentListInput {
  orgId: string;
  projectId: string;
  folderId: string | null;
  search: string;
  sort: ContentSort;
  order: SortOrder;
}

/** Pages of a folder (folders first) or of a search through the whole project, by cursor. */
export const contentListQuery = ({ search, ...input }: ContentListInput, limit = contentPageSize) =>
  trpc.content.list.infiniteQueryOptions(
    { ...input, ...(search ? { search } : {}), limit },
    {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      // While another sort or search of the same place loads, its rows stay on screen; another
      // folder starts from the skeleton (its rows would be mistaken for the new folder's).
      placeholderData: (previous, previousQuery) => {
        const before = (previousQuery?.queryKey[1] as { input?: { folderId?: unknown } } | undefined)?.input;
        return before && (before.folderId ?? null) === (input.folderId ?? null) ? previous : undefined;
      },
    },
  );

export function useContentList(input: ContentListInput) {
  return useInfiniteQuery(contentListQuery(input));
}
export type ContentList = ReturnType<typeof useContentList>;

/** What a folder holds, recursively: the delete dialog says what goes. */
export const folderSummaryQuery = (orgId: string, folderId: string) =>
  trpc.folder.get.queryOptions({ orgId, folderId });

/** After any change to content: every listing and folder summary is read again. */
export async function contentChanged(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.content.list.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.folder.get.pathKey() }),
  ]);
}
