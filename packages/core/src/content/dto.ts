import { z } from 'zod';
import { projectRoles } from '../vocabulary/roles.js';

/** Who made an item: null once their account is gone (or when Roster itself made it). */
const personDtoSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const folderDtoSchema = z.object({
  kind: z.literal('folder'),
  id: z.uuid(),
  projectId: z.uuid(),
  /** The folder it is in; null at the project's root. */
  parentId: z.uuid().nullable(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: personDtoSchema,
});
export type FolderDto = z.infer<typeof folderDtoSchema>;

export const assetDtoSchema = z.object({
  kind: z.literal('asset'),
  id: z.uuid(),
  projectId: z.uuid(),
  /** The folder it is in; null at the project's root. */
  folderId: z.uuid().nullable(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  /** Sniffed from the first bytes, never taken from the client. */
  contentType: z.string(),
  /** Hex SHA-256 of the bytes (the download's ETag). */
  sha256: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  uploadedBy: personDtoSchema,
});
export type AssetDto = z.infer<typeof assetDtoSchema>;

export const itemDtoSchema = z.discriminatedUnion('kind', [folderDtoSchema, assetDtoSchema]);
export type ItemDto = z.infer<typeof itemDtoSchema>;

/** A folder's ancestors, root first (the breadcrumbs), without the folder itself. */
export const folderPathDtoSchema = z.array(z.object({ id: z.uuid(), name: z.string() }));
export type FolderPathDto = z.infer<typeof folderPathDtoSchema>;

export const contentPageDtoSchema = z.object({
  items: z.array(itemDtoSchema),
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
  /** The folder listed; null at the root and when searching (items then carry their own parent). */
  folder: z.object({ id: z.uuid(), name: z.string(), path: folderPathDtoSchema }).nullable(),
  /** The caller's effective project role: what the web shows them. */
  role: z.enum(projectRoles),
});
export type ContentPageDto = z.infer<typeof contentPageDtoSchema>;

/** A folder and everything inside it, recursively: what deleting it takes away. */
export const folderSummaryDtoSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  path: folderPathDtoSchema,
  folders: z.number().int().nonnegative(),
  assets: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type FolderSummaryDto = z.infer<typeof folderSummaryDtoSchema>;

/** An upload that has its space reserved: what `completeUpload` / `abandonUpload` take back. */
export interface UploadTicket {
  blobId: string;
  /** Where the bytes go in storage. */
  key: string;
  orgId: string;
  projectId: string;
  folderId: string | null;
  name: string;
  size: number;
  onConflict: 'rename' | 'replace' | 'fail';
}
