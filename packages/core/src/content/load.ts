import { Item, type EntityManager } from '@roster/db';
import { isDomainError } from '../errors.js';
import { loadProject, type LoadedProject } from '../projects/load.js';
import type { Scope } from '../scope.js';
import type { ItemKind } from '../vocabulary/content.js';
import { itemNotFound } from './errors.js';

export interface LoadedItem {
  item: Item;
  loaded: LoadedProject;
}

/** The project as the actor sees it, or "not found" for the item asked about (never the project's own reason). */
export async function loadProjectOfItem(
  scope: Scope,
  projectId: string,
  kind: ItemKind,
): Promise<LoadedProject> {
  try {
    return await loadProject(scope, projectId);
  } catch (error) {
    if (isDomainError(error) && error.reason === 'PROJECT_NOT_FOUND') throw itemNotFound(kind);
    throw error;
  }
}

/**
 * A folder or asset of the scope's organization in a project its actor sees: anything else (another
 * organization's id, an unassigned project, the other kind) answers like a missing id. Read fresh
 * from the database (never the identity map), so that a transaction sees what its locks protect.
 */
export async function loadItem(scope: Scope, id: string, kind: ItemKind): Promise<LoadedItem> {
  const item = await scope.em.findOne(Item, { id, organization: scope.org.id, kind }, { refresh: true });
  if (!item) throw itemNotFound(kind);
  return { item, loaded: await loadProjectOfItem(scope, item.project.id, kind) };
}

/**
 * A folder of `projectId` to put something in (null: the root). Another project's folder, or an
 * asset's id, is "not found".
 */
export async function loadTargetFolder(
  em: EntityManager,
  projectId: string,
  folderId: string | null | undefined,
): Promise<Item | null> {
  if (!folderId) return null;
  const folder = await em.findOne(
    Item,
    { id: folderId, project: projectId, kind: 'folder' },
    { refresh: true },
  );
  if (!folder) throw itemNotFound('folder');
  return folder;
}
