import { Item, deleteSubtree, findFolderChain, lockProjectTree, summarizeSubtree } from '@roster/db';
import { assertActive, assertCanInProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { enqueuePurge } from './after-commit.js';
import type { FolderSummaryDto } from './dto.js';
import { itemNotFound } from './errors.js';
import { loadItem } from './load.js';
import { releaseStorage } from './quota.js';
import type { DeleteFolderInput } from './schemas.js';

/**
 * Deletes a folder with everything in it (managers only), in one transaction: the rows go, their
 * blobs turn 'deleting' and leave the organization's storage. The bytes are removed afterwards by
 * the worker (`content.purge`), so a crash never leaves a row without bytes. Answers what went.
 */
export async function deleteFolder(scope: Scope, input: DeleteFolderInput): Promise<FolderSummaryDto> {
  const summary = await transact(scope, async (tx) => {
    const { item, loaded } = await loadItem(tx, input.folderId, 'folder');
    assertCanInProject(loaded, 'project.manage');
    assertActive(loaded.project);
    const projectId = item.project.id;
    await lockProjectTree(tx.em, projectId, 'exclusive');
    const folder = await tx.em.findOne(Item, { id: item.id, kind: 'folder' }, { refresh: true });
    if (!folder) throw itemNotFound('folder');
    const [chain, inside] = await Promise.all([
      findFolderChain(tx.em, folder.id),
      summarizeSubtree(tx.em, projectId, folder.id),
    ]);
    const freed = await deleteSubtree(tx.em, projectId, folder.id, tx.now);
    await releaseStorage(tx.em, tx.org.id, freed);
    const { folders, assets, bytes } = inside;
    await tx.record('folder.deleted', {
      folderId: folder.id,
      projectId,
      name: folder.name,
      folders,
      assets,
      bytes,
    });
    const path = chain.slice(0, -1).map(({ id, name }) => ({ id, name }));
    return { id: folder.id, name: folder.name, path, folders, assets, bytes };
  });
  await enqueuePurge(scope);
  return summary;
}
