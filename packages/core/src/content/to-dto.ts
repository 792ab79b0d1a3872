import { findItemRow, type EntityManager, type ItemRow } from '@roster/db';
import type { AssetDto, FolderDto, ItemDto } from './dto.js';
import { itemNotFound } from './errors.js';

function person(row: ItemRow): { id: string; name: string } | null {
  return row.createdById ? { id: row.createdById, name: row.createdByName ?? '' } : null;
}

export function toFolderDto(row: ItemRow): FolderDto {
  return {
    kind: 'folder',
    id: row.id,
    projectId: row.projectId,
    parentId: row.parentId,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    createdBy: person(row),
  };
}

export function toAssetDto(row: ItemRow): AssetDto {
  return {
    kind: 'asset',
    id: row.id,
    projectId: row.projectId,
    folderId: row.parentId,
    name: row.name,
    size: row.size,
    contentType: row.contentType ?? 'application/octet-stream',
    sha256: row.sha256 ?? '',
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    uploadedBy: person(row),
  };
}

export function toItemDto(row: ItemRow): ItemDto {
  return row.kind === 'folder' ? toFolderDto(row) : toAssetDto(row);
}

/** An item just written, read back with its creator's name. */
export async function readFolderDto(em: EntityManager, orgId: string, id: string): Promise<FolderDto> {
  const row = await findItemRow(em, orgId, id);
  if (!row || row.kind !== 'folder') throw itemNotFound('folder');
  return toFolderDto(row);
}

export async function readAssetDto(em: EntityManager, orgId: string, id: string): Promise<AssetDto> {
  const row = await findItemRow(em, orgId, id);
  if (!row || row.kind !== 'asset') throw itemNotFound('asset');
  return toAssetDto(row);
}
