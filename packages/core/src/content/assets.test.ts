import { Blob, Item } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { createFolder } from './create-folder.js';
import { deleteAsset } from './delete-asset.js';
import { deleteFolder } from './delete-folder.js';
import { getAsset, loadAssetForDownload } from './get-asset.js';
import { getFolder } from './get-folder.js';
import { listContent } from './list.js';
import { em, reasonOf, scopeOf, seedWorld, upload, usedBytes, useContentDb } from './test-fixtures.js';
import { updateAsset } from './update-asset.js';

useContentDb();

describe(`assets (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('upload into a folder, count in storage, and download', async () => {
    const w = await seedWorld();
    const folder = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'Docs' });
    const asset = await upload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      folderId: folder.id,
      name: 'a.txt',
      size: 42,
    });
    expect(asset).toMatchObject({
      kind: 'asset',
      name: 'a.txt',
      size: 42,
      folderId: folder.id,
      contentType: 'text/plain',
    });
    expect(asset.uploadedBy?.id).toBe(w.users.contributor.id);
    expect(await usedBytes(w.org.id)).toBe(42);
    expect(await getAsset(scopeOf(w, 'viewer'), { assetId: asset.id })).toEqual(asset);
    const download = await loadAssetForDownload(scopeOf(w, 'viewer'), asset.id);
    expect(download.key).toMatch(new RegExp(`^blobs/${w.org.id}/`));
    expect(await getFolder(scopeOf(w, 'viewer'), { folderId: folder.id })).toMatchObject({
      assets: 1,
      bytes: 42,
    });
  });

  it('name conflicts: rename by default, replace, fail', async () => {
    const w = await seedWorld();
    const c = () => scopeOf(w, 'contributor');
    const first = await upload(c(), { projectId: w.projectId, name: 'report.pdf', size: 5 });
    expect((await upload(c(), { projectId: w.projectId, name: 'Report.PDF', size: 5 })).name).toBe(
      'Report (1).PDF',
    );
    expect((await upload(c(), { projectId: w.projectId, name: 'report.pdf', size: 5 })).name).toBe(
      'report (2).pdf',
    );
    expect(
      await reasonOf(upload(c(), { projectId: w.projectId, name: 'REPORT.pdf', onConflict: 'fail' })),
    ).toBe('NAME_TAKEN');
    const replacing = await upload(c(), {
      projectId: w.projectId,
      name: 'report.pdf',
      size: 7,
      onConflict: 'replace',
    });
    expect(replacing.name).toBe('report.pdf');
    expect(await em().findOne(Item, first.id)).toBeNull();
    expect(await usedBytes(w.org.id)).toBe(5 + 5 + 7);
    await createFolder(c(), { projectId: w.projectId, name: 'dir' });
    expect(await reasonOf(upload(c(), { projectId: w.projectId, name: 'DIR', onConflict: 'replace' }))).toBe(
      'NAME_TAKEN',
    );
    expect((await upload(c(), { projectId: w.projectId, name: 'dir', size: 1 })).name).toBe('dir (1)');
    expect(await em().count(Blob, { organization: w.org.id, state: 'deleting' })).toBe(1);
  });

  it('rename and move between folders and to another project; delete', async () => {
    const w = await seedWorld();
    const m = () => scopeOf(w, 'manager');
    const folder = await createFolder(m(), { projectId: w.projectId, name: 'F' });
    const a = await upload(m(), { projectId: w.projectId, name: 'a.txt', size: 4 });
    const b = await upload(m(), { projectId: w.projectId, folderId: folder.id, name: 'A.TXT', size: 6 });
    expect(await reasonOf(updateAsset(m(), { assetId: a.id, folderId: folder.id }))).toBe('NAME_TAKEN');
    const renamed = await updateAsset(m(), { assetId: a.id, folderId: folder.id, onConflict: 'rename' });
    expect(renamed).toMatchObject({ folderId: folder.id, name: 'a (1).txt' });
    const same = await updateAsset(m(), { assetId: a.id, name: 'A (1).txt' });
    expect(same.name).toBe('A (1).txt');
    const moved = await updateAsset(m(), { assetId: a.id, projectId: w.otherProjectId });
    expect(moved).toMatchObject({ projectId: w.otherProjectId, folderId: null, name: 'A (1).txt' });
    // The contributor may not write in the other project: NOT_FOUND there (not assigned).
    expect(
      await reasonOf(updateAsset(scopeOf(w, 'contributor'), { assetId: b.id, projectId: w.otherProjectId })),
    ).toBe('PROJECT_NOT_FOUND');
    const replaced = await updateAsset(m(), {
      assetId: b.id,
      projectId: w.otherProjectId,
      name: 'a (1).txt',
      onConflict: 'replace',
    });
    expect(replaced.name).toBe('a (1).txt');
    expect(await em().findOne(Item, a.id)).toBeNull();
    expect(await usedBytes(w.org.id)).toBe(6);
    expect(await reasonOf(deleteAsset(scopeOf(w, 'viewer'), { assetId: b.id }))).toBe('ITEM_NOT_FOUND');
    await deleteAsset(m(), { assetId: b.id });
    expect(await usedBytes(w.org.id)).toBe(0);
    expect(await reasonOf(getAsset(m(), { assetId: b.id }))).toBe('ITEM_NOT_FOUND');
  });

  it('a deleted folder takes its assets out of storage', async () => {
    const w = await seedWorld();
    const folder = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'F' });
    const sub = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      parentId: folder.id,
      name: 'G',
    });
    await upload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      folderId: folder.id,
      name: '1',
      size: 10,
    });
    await upload(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      folderId: sub.id,
      name: '2',
      size: 20,
    });
    await upload(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'kept', size: 5 });
    const gone = await deleteFolder(scopeOf(w, 'manager'), { folderId: folder.id });
    expect(gone).toMatchObject({ folders: 1, assets: 2, bytes: 30 });
    expect(await usedBytes(w.org.id)).toBe(5);
    const page = await listContent(scopeOf(w, 'viewer'), { projectId: w.projectId });
    expect(page.items.map((i) => i.name)).toEqual(['kept']);
  });
});
