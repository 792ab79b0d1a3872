import { findFolderChain, summarizeSubtree } from '@roster/db';
import { assertCanInProject } from '../projects/load.js';
import type { Scope } from '../scope.js';
import type { FolderSummaryDto } from './dto.js';
import { itemNotFound } from './errors.js';
import { loadItem } from './load.js';
import type { FolderInput } from './schemas.js';

/** A folder with its breadcrumbs and what it holds, recursively (what deleting it would take). */
export async function getFolder(scope: Scope, input: FolderInput): Promise<FolderSummaryDto> {
  const { item, loaded } = await loadItem(scope, input.folderId, 'folder');
  if (input.projectId && item.project.id !== input.projectId) throw itemNotFound('folder');
  assertCanInProject(loaded, 'content.read');
  const [chain, summary] = await Promise.all([
    findFolderChain(scope.em, item.id),
    summarizeSubtree(scope.em, item.project.id, item.id),
  ]);
  return {
    id: item.id,
    name: item.name,
    path: chain.slice(0, -1).map(({ id, name }) => ({ id, name })),
    folders: summary.folders,
    assets: summary.assets,
    bytes: summary.bytes,
  };
}
