import { Item, findFolderChain, lockProjectTree, shiftSubtreeDepth, summarizeSubtree } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertActive, assertCanInProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { maxFolderDepth, nameKeyOf } from '../vocabulary/content.js';
import type { FolderDto } from './dto.js';
import { folderTooDeep, itemNotFound } from './errors.js';
import { writeUnderFreeName } from './free-name.js';
import { loadItem, loadTargetFolder } from './load.js';
import type { UpdateFolderInput } from './schemas.js';
import { readFolderDto } from './to-dto.js';

/** Where a folder would go, checked: never into itself or below itself, never deeper than 32. */
async function checkMove(tx: Scope, folder: Item, parentId: string | null): Promise<number> {
  const projectId = folder.project.id;
  const target = await loadTargetFolder(tx.em, projectId, parentId);
  if (target && (await findFolderChain(tx.em, target.id)).some((f) => f.id === folder.id)) {
    throw new DomainError(
      'FOLDER_MOVE_INTO_ITSELF',
      'A folder cannot be moved into itself or one of its folders.',
      {
        field: 'parentId',
      },
    );
  }
  const depth = (target?.depth ?? 0) + 1;
  const { maxDepth } = await summarizeSubtree(tx.em, projectId, folder.id);
  if (Math.max(maxDepth, folder.depth) - folder.depth + depth > maxFolderDepth) throw folderTooDeep();
  return depth;
}

/** Rename and/or move a folder within its project (contributors and managers). */
export async function updateFolder(scope: Scope, input: UpdateFolderInput): Promise<FolderDto> {
  return transact(scope, async (tx) => {
    const { item, loaded } = await loadItem(tx, input.folderId, 'folder');
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    const projectId = item.project.id;
    const moving = input.parentId !== undefined && input.parentId !== (item.parent?.id ?? null);
    await lockProjectTree(tx.em, projectId, moving ? 'exclusive' : 'share');
    const folder = await tx.em.findOne(Item, { id: item.id, kind: 'folder' }, { refresh: true });
    if (!folder) throw itemNotFound('folder');
    const previousParentId = folder.parent?.id ?? null;
    const parentId = input.parentId === undefined ? previousParentId : input.parentId;
    const name = input.name ?? folder.name;
    if (parentId === previousParentId && name === folder.name)
      return readFolderDto(tx.em, tx.org.id, folder.id);

    const depth = parentId === previousParentId ? folder.depth : await checkMove(tx, folder, parentId);
    await writeUnderFreeName(tx.em, { projectId, parentId }, name, 'fail', (em, candidate) =>
      em.nativeUpdate(
        Item,
        { id: folder.id },
        { name: candidate, nameKey: nameKeyOf(candidate), parent: parentId, updatedAt: tx.now },
      ),
    );
    await shiftSubtreeDepth(tx.em, projectId, folder.id, depth - folder.depth);
    await tx.record('folder.updated', {
      folderId: folder.id,
      projectId,
      name,
      parentId,
      ...(name !== folder.name ? { previousName: folder.name } : {}),
      ...(parentId !== previousParentId ? { previousParentId } : {}),
    });
    return readFolderDto(tx.em, tx.org.id, folder.id);
  });
}
