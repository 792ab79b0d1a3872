import { describe, expect, it } from 'vitest';
import { contentsLabel, formatBytes, itemsLabel, typeLabel } from './content-format';
import type { AssetItem, FolderItem } from './content-queries';

const folder: FolderItem = {
  kind: 'folder',
  id: '00000000-0000-4000-8000-000000000001',
  projectId: '00000000-0000-4000-8000-000000000002',
  parentId: null,
  name: 'Brand',
  createdAt: '2026-11-30T12:00:00.000Z',
  updatedAt: '2026-11-30T12:00:00.000Z',
  createdBy: null,
};
const asset = (contentType: string, name = 'file'): AssetItem => ({
  kind: 'asset',
  id: '00000000-0000-4000-8000-000000000003',
  projectId: folder.projectId,
  folderId: null,
  name,
  size: 10,
  contentType,
  sha256: 'a'.repeat(64),
  createdAt: folder.createdAt,
  updatedAt: folder.updatedAt,
  uploadedBy: null,
});

describe('content format', () => {
  it('says sizes the way people read them', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(12 * 1024 * 1024)).toBe('12 MB');
    expect(formatBytes(3.24 * 1024 ** 3)).toBe('3.2 GB');
  });

  it('names a type in a few words', () => {
    expect(typeLabel(folder)).toBe('Folder');
    expect(typeLabel(asset('image/png'))).toBe('PNG image');
    expect(typeLabel(asset('video/mp4'))).toBe('MP4 video');
    expect(typeLabel(asset('application/pdf'))).toBe('PDF');
    expect(typeLabel(asset('text/plain; charset=utf-8'))).toBe('Text');
    expect(typeLabel(asset('application/vnd.ms-excel', 'sales.xlsx'))).toBe('XLSX file');
    expect(typeLabel(asset('application/x-unknown', 'notes'))).toBe('File');
  });

  it('counts what goes', () => {
    expect(contentsLabel({ folders: 0, assets: 0, bytes: 0 })).toBe('nothing inside');
    expect(contentsLabel({ folders: 1, assets: 1, bytes: 12 })).toBe('1 folder and 1 file (12 bytes)');
    expect(contentsLabel({ folders: 3, assets: 1200, bytes: 2048 })).toBe('3 folders and 1,200 files (2 KB)');
    expect(itemsLabel([folder])).toBe('Brand');
    expect(itemsLabel([folder, asset('text/plain')])).toBe('2 items');
  });
});
