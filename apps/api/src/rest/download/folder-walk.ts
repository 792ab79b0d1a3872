import { itemNotFound, listContent, loadStoredKeys, type AssetDto, type Scope } from '@roster/core';

export type WalkEntry =
  { type: 'folder'; path: string } | { type: 'asset'; path: string; asset: AssetDto; key: string };

/** Listing pages of this many items: one page in memory per folder level (≤ 32). */
const pageSize = 200;

/**
 * Everything inside a folder, depth first: each folder (as `path/`) before its content, then its
 * assets, page by page from the database, so that a folder of any size is walked in bounded
 * memory, with one lookup of storage keys per page. Permissions are core's: the listing and the
 * key lookup check them.
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
    const assetIds = page.items.filter((item) => item.kind === 'asset').map((item) => item.id);
    const keys = await loadStoredKeys(scope, projectId, assetIds);
    for (const item of page.items) {
      const itemPath = `${path}/${item.name}`;
      if (item.kind === 'folder') yield* walkFolder(scope, projectId, item.id, itemPath);
      else {
        // Bytes gone since the page was read (deleted meanwhile): as a download of it would answer.
        const key = keys.get(item.id);
        if (!key) throw itemNotFound('asset');
        yield { type: 'asset', path: itemPath, asset: item, key };
      }
    }
    cursor = page.nextCursor ?? undefined;
    // The rows of the page are done with: the request's EntityManager need not keep them.
    scope.em.clear();
  } while (cursor);
}
