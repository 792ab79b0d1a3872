import { randomUUID } from 'node:crypto';
import { Item, lockProjectTree } from '@roster/db';
import { assertActive, assertCanInProject, loadProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { maxFolderDepth, nameKeyOf } from '../vocabulary/content.js';
import type { FolderDto } from './dto.js';
import { folderTooDeep } from './errors.js';
import { writeUnderFreeName } from './free-name.js';
import { loadTargetFolder } from './load.js';
import type { CreateFolderInput } from './schemas.js';
import { readFolderDto } from './to-dto.js';

/** A new folder at the root or in a folder of the project (contributors and managers). */
export async function createFolder(scope: Scope, input: CreateFolderInput): Promise<FolderDto> {
  return transact(scope, async (tx) => {
    const loaded = await loadProject(tx, input.projectId);
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    await lockProjectTree(tx.em, input.projectId, 'share');
    const parent = await loadTargetFolder(tx.em, input.projectId, input.parentId);
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > maxFolderDepth) throw folderTooDeep();
    const siblings = { projectId: input.projectId, parentId: parent?.id ?? null };
    const createdBy = tx.actor.type === 'member' ? tx.actor.id : null;
    const { name, result: id } = await writeUnderFreeName(
      tx.em,
      siblings,
      input.name,
      input.onConflict ?? 'fail',
      async (em, candidate) => {
        const id = randomUUID();
        await em.insert(Item, {
          id,
          organization: tx.org.id,
          project: input.projectId,
          parent: siblings.parentId,
          kind: 'folder',
          name: candidate,
          nameKey: nameKeyOf(candidate),
          depth,
          size: 0,
          createdBy,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        return id;
      },
    );
    await tx.record('folder.created', {
      folderId: id,
      projectId: input.projectId,
      parentId: siblings.parentId,
      name,
    });
    return readFolderDto(tx.em, tx.org.id, id);
  });
}
