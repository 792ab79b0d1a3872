import { Item, findItemView, type EntityManager, type ItemRow } from '@roster/db';
import { isDomainError } from '../errors.js';
import { loadProject, roleInProject, type LoadedProject } from '../projects/load.js';
import type { ProjectRole } from '../vocabulary/roles.js';
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
 * A folder or asset to read, with its creator's name, and the actor's role in its project — in one
 * query (no entity, nothing in the identity map): the same rules as loadItem, so another
 * organization's id, a project the actor does not see, or the other kind answers like a missing id.
 */
export async function loadItemView(
  scope: Scope,
  id: string,
  kind: ItemKind,
): Promise<{ row: ItemRow; role: ProjectRole }> {
  const { em, org, actor } = scope;
  const userId = actor.type === 'member' ? actor.id : null;
  const view = await findItemView(em, { orgId: org.id, id, kind, userId });
  const role = view ? roleInProject(actor, view.assigned, view.project) : null;
  if (!view || !role) throw itemNotFound(kind);
  return { row: view.row, role };
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
