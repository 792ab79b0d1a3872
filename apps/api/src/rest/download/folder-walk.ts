import { listContent, loadAssetForDownload, type AssetDto, type Scope } from '@roster/core';

export type WalkEntry =
  { type: 'folder'; path: string } | { type: 'asset'; path: string; asset: AssetDto; key: string };

/** Listing pages of this many items: one page in memory per folder level (≤ 32). */
const pageSize = 200;

/**
 * Everything inside a folder, depth first: each folder (as `path/`) before its content, then its
 * assets, page by page from the database, so that a folder of any size is walked in bounded
 * memory. Permissions are core's: the listing and each download check them.
 */
export async function* walkFolder(
  scope: Scope,
  projectId: string,
  folderId: string,
  path: string,
): AsyncGenerator<WalkEntry> {
  yield { type: 'folder', path: `${path}/` };
  let cursor: string | undefined;
  do {
    const page = await listContent(scope, { projectId, folderId, sort: 'name', limit: pageSize, cursor });
    for (const item of page.items) {
      const itemPath = `${path}/${item.name}`;
      if (item.kind === 'folder') yield* walkFolder(scope, projectId, item.id, itemPath);
      else {
        const { asset, key } = await loadAssetForDownload(scope, item.id);
        yield { type: 'asset', path: itemPath, asset, key };
      }
    }
    cursor = page.nextCursor ?? undefined;
    // The rows of the page are done with: the request's EntityManager need not keep them.
    scope.em.clear();
  } while (cursor);
}
