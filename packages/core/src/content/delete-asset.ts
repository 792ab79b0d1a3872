import { deleteAssetRow, lockProjectTree } from '@roster/db';
import { assertActive, assertCanInProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { enqueuePurge } from './after-commit.js';
import { itemNotFound } from './errors.js';
import { loadItem } from './load.js';
import { releaseStorage } from './quota.js';
import type { AssetInput } from './schemas.js';

/** Deletes an asset (contributors and managers): the row now, the bytes by the worker after commit. */
export async function deleteAsset(scope: Scope, input: AssetInput): Promise<{ ok: true }> {
  await transact(scope, async (tx) => {
    const { item, loaded } = await loadItem(tx, input.assetId, 'asset');
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    const projectId = item.project.id;
    await lockProjectTree(tx.em, projectId, 'share');
    const { removed, freed } = await deleteAssetRow(tx.em, item.id, tx.now);
    if (!removed) throw itemNotFound('asset');
    await releaseStorage(tx.em, tx.org.id, freed);
    await tx.record('asset.deleted', {
      assetId: item.id,
      projectId,
      folderId: item.parent?.id ?? null,
      name: item.name,
      size: item.size,
    });
  });
  await enqueuePurge(scope);
  return { ok: true };
}
