import { readApiError } from '../../../lib/api-error';
import { trpcClient } from '../../../lib/trpc';
import { planFolders } from './folder-plan';

export interface UploadTarget {
  orgId: string;
  projectId: string;
  /** The folder the files were dropped in; null: the project's root. */
  folderId: string | null;
}

/** One dropped set of files: where it goes, and the folders made for it (path → id, once each). */
export interface UploadBatch {
  target: UploadTarget;
  folders: Map<string, Promise<string | null>>;
  /** The name each folder got ("Trip (1)" when "Trip" was taken), by its path in the dropped tree. */
  names: Map<string, string>;
}

export class FolderError extends Error {}

/**
 * The id of the folder at `path` of the dropped tree, created (with its parents) on first asking.
 * Each is created with onConflict 'rename': dropping "Photos" where one exists makes "Photos (1)",
 * and the files go there, not into the old one. A failure is forgotten, so a retry creates it again.
 */
export function folderIdFor(batch: UploadBatch, path: string, onCreated: () => void): Promise<string | null> {
  if (path === '') return Promise.resolve(batch.target.folderId);
  const known = batch.folders.get(path);
  if (known) return known;
  const cut = path.lastIndexOf('/');
  const parentPath = cut === -1 ? '' : path.slice(0, cut);
  const name = path.slice(cut + 1);
  const created = folderIdFor(batch, parentPath, onCreated).then(async (parentId) => {
    try {
      const folder = await trpcClient.folder.create.mutate({
        orgId: batch.target.orgId,
        projectId: batch.target.projectId,
        parentId,
        name,
        onConflict: 'rename',
      });
      batch.names.set(path, folder.name);
      onCreated();
      return folder.id;
    } catch (error) {
      throw new FolderError(`The folder “${name}” could not be created: ${readApiError(error).message}`);
    }
  });
  created.catch(() => batch.folders.delete(path));
  batch.folders.set(path, created);
  return created;
}

/** Creates the dropped tree (parents first, then children) before any file of it is sent. */
export async function createTree(
  batch: UploadBatch,
  relativePaths: readonly string[],
  emptyFolders: readonly string[],
  onCreated: () => void,
): Promise<void> {
  const plan = planFolders(relativePaths, emptyFolders);
  await Promise.allSettled(plan.map((folder) => folderIdFor(batch, folder.path, onCreated)));
}

/** "Trip/day 1/a.jpg" as it was stored: "Trip (1)/day 1/a.jpg" when the top folder was renamed. */
export function storedPath(batch: UploadBatch, relativePath: string): string {
  const segments = relativePath.split('/');
  return segments
    .map((name, index) =>
      index === segments.length - 1
        ? name
        : (batch.names.get(segments.slice(0, index + 1).join('/')) ?? name),
    )
    .join('/');
}
