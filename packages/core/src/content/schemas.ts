import { z } from 'zod';
import { plainText } from '../common/schemas.js';
import {
  assetIdSchema,
  conflictPolicies,
  contentSorts,
  folderConflictPolicies,
  folderIdSchema,
  itemNameSchema,
  maxContentPageSize,
  sortOrders,
} from '../vocabulary/content.js';
import { projectIdSchema } from '../vocabulary/ids.js';

// The organization comes with the scope: routers merge these with `orgId` (orgProcedure's input).
const parentIdSchema = folderIdSchema.nullable();
const conflictPolicySchema = z.enum(conflictPolicies, { error: 'Choose rename, replace or fail.' });

export const listContentInput = z.object({
  projectId: projectIdSchema,
  /** The folder to list; null or absent: the project's root. Ignored when searching. */
  folderId: parentIdSchema.optional(),
  /** Names containing this (case-insensitively), anywhere in the project. */
  search: plainText({ max: 255, error: 'Search with at most 255 characters.' }).optional(),
  sort: z.enum(contentSorts, { error: 'Sort by name, size or date.' }).optional(),
  order: z.enum(sortOrders, { error: 'Order asc or desc.' }).optional(),
  cursor: plainText({ max: 1024, error: 'Not a valid cursor.' }).optional(),
  limit: z
    .number({ error: 'Not a valid page size.' })
    .int({ error: 'Not a valid page size.' })
    .min(1, { error: 'Not a valid page size.' })
    .max(maxContentPageSize, { error: `Ask for at most ${maxContentPageSize} items.` })
    .optional(),
});

export const folderInput = z.object({ projectId: projectIdSchema.optional(), folderId: folderIdSchema });

export const createFolderInput = z.object({
  projectId: projectIdSchema,
  parentId: parentIdSchema.optional(),
  name: itemNameSchema,
  onConflict: z.enum(folderConflictPolicies, { error: 'Choose rename or fail.' }).optional(),
});

/** Rename (`name`) and/or move (`parentId`; null: to the project's root). */
export const updateFolderInput = z.object({
  folderId: folderIdSchema,
  name: itemNameSchema.optional(),
  parentId: parentIdSchema.optional(),
});

export const deleteFolderInput = z.object({ folderId: folderIdSchema });

export const assetInput = z.object({ assetId: assetIdSchema });

/** Rename and/or move, to another folder or another project of the organization. */
export const updateAssetInput = z.object({
  assetId: assetIdSchema,
  name: itemNameSchema.optional(),
  folderId: parentIdSchema.optional(),
  projectId: projectIdSchema.optional(),
  onConflict: conflictPolicySchema.optional(),
});

export const beginUploadInput = z.object({
  projectId: projectIdSchema,
  folderId: parentIdSchema.optional(),
  name: itemNameSchema,
  size: z
    .number({ error: 'Not a valid size.' })
    .int({ error: 'Not a valid size.' })
    .nonnegative({ error: 'Not a valid size.' })
    .max(Number.MAX_SAFE_INTEGER, { error: 'Not a valid size.' }),
  onConflict: conflictPolicySchema.optional(),
  /** The tus upload id, for tus uploads. */
  uploadId: z.string().min(1).max(128).optional(),
});

export type ListContentInput = z.infer<typeof listContentInput>;
export type FolderInput = z.infer<typeof folderInput>;
export type CreateFolderInput = z.infer<typeof createFolderInput>;
export type UpdateFolderInput = z.infer<typeof updateFolderInput>;
export type DeleteFolderInput = z.infer<typeof deleteFolderInput>;
export type AssetInput = z.infer<typeof assetInput>;
export type UpdateAssetInput = z.infer<typeof updateAssetInput>;
export type BeginUploadInput = z.infer<typeof beginUploadInput>;
