import { z } from 'zod';

const projectId = z.uuid();
const folderId = z.uuid();
const assetId = z.uuid();
const parentId = z.uuid().nullable();

/** Folders and assets of a project's content tree (for the audit log; no worker subscribers yet). */
export const contentEvents = {
  'folder.created': z.object({ folderId, projectId, parentId, name: z.string() }),
  /** Renamed and/or moved: the fields that changed, with their previous values. */
  'folder.updated': z.object({
    folderId,
    projectId,
    name: z.string(),
    parentId,
    previousName: z.string().optional(),
    previousParentId: parentId.optional(),
  }),
  /** Everything that went with it, recursively. */
  'folder.deleted': z.object({
    folderId,
    projectId,
    name: z.string(),
    folders: z.number().int().nonnegative(),
    assets: z.number().int().nonnegative(),
    bytes: z.number().nonnegative(),
  }),
  'asset.uploaded': z.object({
    assetId,
    projectId,
    folderId: parentId,
    name: z.string(),
    size: z.number().nonnegative(),
    /** The asset it replaced (conflict policy `replace`). */
    replacedAssetId: assetId.optional(),
  }),
  /** Renamed and/or moved (possibly to another project of the organization). */
  'asset.updated': z.object({
    assetId,
    projectId,
    folderId: parentId,
    name: z.string(),
    previousProjectId: projectId.optional(),
    previousFolderId: parentId.optional(),
    previousName: z.string().optional(),
    replacedAssetId: assetId.optional(),
  }),
  'asset.deleted': z.object({ assetId, projectId, folderId: parentId, name: z.string(), size: z.number() }),
};
