import { Blob, Item } from '@roster/db';
import { assertCanInProject } from '../projects/load.js';
import type { Scope } from '../scope.js';
import type { AssetDto } from './dto.js';
import { itemNotFound } from './errors.js';
import { loadItem, loadItemView, loadProjectOfItem } from './load.js';
import type { AssetInput } from './schemas.js';
import { readAssetDto, toAssetDto } from './to-dto.js';

/** One asset (name, size, sniffed type, SHA-256, uploader, dates): everyone in the project. */
export async function getAsset(scope: Scope, input: AssetInput): Promise<AssetDto> {
  const { row, role } = await loadItemView(scope, input.assetId, 'asset');
  assertCanInProject({ role }, 'content.read');
  return toAssetDto(row);
}

/** An asset and the storage key of its bytes, for a download (`GET /v1/assets/:id/content`, zips). */
export async function loadAssetForDownload(
  scope: Scope,
  assetId: string,
): Promise<{ asset: AssetDto; key: string }> {
  const { item, loaded } = await loadItem(scope, assetId, 'asset');
  assertCanInProject(loaded, 'content.read');
  const blob = item.blob ? await scope.em.findOne(Blob, { id: item.blob.id, state: 'stored' }) : null;
  if (!blob) throw itemNotFound('asset');
  return { asset: await readAssetDto(scope.em, scope.org.id, item.id), key: blob.key };
}

/**
 * The storage keys of a page of one project's assets, by asset id (only assets whose bytes are
 * stored): a folder zip takes them one listing page at a time instead of one lookup per file.
 */
export async function loadStoredKeys(
  scope: Scope,
  projectId: string,
  assetIds: string[],
): Promise<Map<string, string>> {
  const loaded = await loadProjectOfItem(scope, projectId, 'asset');
  assertCanInProject(loaded, 'content.read');
  if (assetIds.length === 0) return new Map();
  const items = await scope.em.find(
    Item,
    {
      id: { $in: assetIds },
      organization: scope.org.id,
      project: projectId,
      kind: 'asset',
      blob: { state: 'stored' },
    },
    { populate: ['blob'] },
  );
  return new Map(items.map((item) => [item.id, item.blob!.getEntity().key]));
}
