import { Item, lockProjectTree } from '@roster/db';
import { assertActive, assertCanInProject, loadProject } from '../projects/load.js';
import { transact, type Scope } from '../scope.js';
import { nameKeyOf } from '../vocabulary/content.js';
import { enqueuePurge } from './after-commit.js';
import type { AssetDto } from './dto.js';
import { itemNotFound } from './errors.js';
import { loadItem, loadTargetFolder } from './load.js';
import { placeAsset } from './replace.js';
import type { UpdateAssetInput } from './schemas.js';
import { readAssetDto } from './to-dto.js';

/**
 * Renames and/or moves an asset: to another folder, or to another project of the organization
 * (then to its root unless `folderId` says where). Needs content.write in both projects. A taken
 * name fails by default; `rename` picks `name (1).ext`, `replace` deletes the asset there.
 */
export async function updateAsset(scope: Scope, input: UpdateAssetInput): Promise<AssetDto> {
  let replaced = false;
  const dto = await transact(scope, async (tx) => {
    const { item, loaded } = await loadItem(tx, input.assetId, 'asset');
    assertCanInProject(loaded, 'content.write');
    assertActive(loaded.project);
    const fromProjectId = item.project.id;
    const projectId = input.projectId ?? fromProjectId;
    if (projectId !== fromProjectId) {
      const target = await loadProject(tx, projectId);
      assertCanInProject(target, 'content.write');
      assertActive(target.project);
    }
    for (const id of [...new Set([fromProjectId, projectId])].sort())
      await lockProjectTree(tx.em, id, 'share');
    const asset = await tx.em.findOne(Item, { id: item.id, kind: 'asset' }, { refresh: true });
    if (!asset) throw itemNotFound('asset');

    const fromFolderId = asset.parent?.id ?? null;
    const folderId =
      input.folderId !== undefined ? input.folderId : projectId === fromProjectId ? fromFolderId : null;
    const name = input.name ?? asset.name;
    if (projectId === fromProjectId && folderId === fromFolderId && name === asset.name) {
      return readAssetDto(tx.em, tx.org.id, asset.id);
    }
    const folder = await loadTargetFolder(tx.em, projectId, folderId);
    const placed = await placeAsset(
      tx.em,
      {
        orgId: tx.org.id,
        siblings: { projectId, parentId: folderId },
        name,
        policy: input.onConflict ?? 'fail',
        now: tx.now,
        exceptId: asset.id,
      },
      (em, candidate) =>
        em.nativeUpdate(
          Item,
          { id: asset.id },
          {
            project: projectId,
            parent: folderId,
            name: candidate,
            nameKey: nameKeyOf(candidate),
            depth: folder?.depth ?? 0,
            updatedAt: tx.now,
          },
        ),
    );
    replaced = placed.replacedAssetId !== undefined;
    await tx.record('asset.updated', {
      assetId: asset.id,
      projectId,
      folderId,
      name: placed.name,
      ...(projectId !== fromProjectId ? { previousProjectId: fromProjectId } : {}),
      ...(folderId !== fromFolderId ? { previousFolderId: fromFolderId } : {}),
      ...(placed.name !== asset.name ? { previousName: asset.name } : {}),
      ...(placed.replacedAssetId ? { replacedAssetId: placed.replacedAssetId } : {}),
    });
    return readAssetDto(tx.em, tx.org.id, asset.id);
  });
  if (replaced) await enqueuePurge(scope);
  return dto;
}
