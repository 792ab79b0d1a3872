import { Item } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { beginUpload } from './begin-upload.js';
import { createFolder } from './create-folder.js';
import { deleteFolder } from './delete-folder.js';
import { reasonOf, scopeOf, seedWorld, upload, usedBytes, useContentDb, em } from './test-fixtures.js';
import { updateAsset } from './update-asset.js';
import { updateFolder } from './update-folder.js';

useContentDb();
const MiB = 1024 * 1024;

/** Settles every promise; the reasons of those that failed (a non-DomainError fails the test). */
async function outcomes(promises: Promise<unknown>[]) {
  const results = await Promise.allSettled(promises);
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const reasons = await Promise.all(
    results.flatMap((r) => (r.status === 'rejected' ? [reasonOf(Promise.reject(r.reason as Error))] : [])),
  );
  return { ok, reasons };
}

/** The tree and the storage count agree: no item under a missing parent, no stored blob without its item, bytes counted exactly. */
async function expectConsistent(orgId: string) {
  const e = em();
  const [orphans] = await e.execute<{ n: number | string }[]>(
    `select count(*) as n from items i where i.organization_id = ? and i.parent_id is not null
       and not exists (select 1 from items p where p.id = i.parent_id)`,
    [orgId],
  );
  const [unowned] = await e.execute<{ n: number | string }[]>(
    `select count(*) as n from blobs b where b.organization_id = ? and b.state = 'stored'
       and not exists (select 1 from items i where i.blob_id = b.id)`,
    [orgId],
  );
  const [counted] = await e.execute<{ n: number | string | null }[]>(
    `select sum(size) as n from blobs where organization_id = ? and state in ('uploading', 'stored')`,
    [orgId],
  );
  expect(Number(orphans!.n)).toBe(0);
  expect(Number(unowned!.n)).toBe(0);
  expect(await usedBytes(orgId)).toBe(Number(counted!.n ?? 0));
}

describe(`races (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('concurrent uploads near the quota never exceed it', async () => {
    const w = await seedWorld('free');
    const { ok, reasons } = await outcomes(
      Array.from({ length: 16 }, (_, i) =>
        beginUpload(scopeOf(w, i % 2 ? 'contributor' : 'manager'), {
          projectId: w.projectId,
          name: `f${i}`,
          size: 100 * MiB,
        }),
      ),
    );
    expect(ok).toBe(10);
    expect(reasons).toEqual(Array(6).fill('STORAGE_QUOTA_EXCEEDED'));
    expect(await usedBytes(w.org.id)).toBe(1000 * MiB);
  });

  it('concurrent creates of one name in one folder give distinct names', async () => {
    const w = await seedWorld();
    const parent = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'P' });
    const folders = await Promise.all(
      Array.from({ length: 8 }, () =>
        createFolder(scopeOf(w, 'contributor'), {
          projectId: w.projectId,
          parentId: parent.id,
          name: 'New folder',
          onConflict: 'rename',
        }),
      ),
    );
    expect(new Set(folders.map((f) => f.name.toLowerCase())).size).toBe(8);
    expect(folders.map((f) => f.name)).toContain('New folder');
    const assets = await Promise.all(
      Array.from({ length: 8 }, () =>
        upload(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'scan.pdf' }),
      ),
    );
    expect(new Set(assets.map((a) => a.name)).size).toBe(8);
    const failing = await outcomes(
      Array.from({ length: 4 }, () =>
        createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'Once' }),
      ),
    );
    expect(failing).toEqual({ ok: 1, reasons: Array(3).fill('NAME_TAKEN') });
    await expectConsistent(w.org.id);
  });

  it('a move racing a delete leaves a consistent tree', async () => {
    const w = await seedWorld();
    for (let round = 0; round < 4; round++) {
      const c = () => scopeOf(w, 'manager');
      const doomed = await createFolder(c(), { projectId: w.projectId, name: `doomed ${round}` });
      const inside = await createFolder(c(), { projectId: w.projectId, parentId: doomed.id, name: 'inside' });
      await upload(c(), { projectId: w.projectId, folderId: inside.id, name: 'in.txt', size: 7 });
      const mover = await createFolder(c(), { projectId: w.projectId, name: `mover ${round}` });
      await upload(c(), { projectId: w.projectId, folderId: mover.id, name: 'm.txt', size: 11 });
      const file = await upload(c(), { projectId: w.projectId, name: `f${round}.txt`, size: 13 });
      const racers = [
        updateFolder(c(), { folderId: mover.id, parentId: inside.id }),
        updateAsset(c(), { assetId: file.id, folderId: inside.id }),
        deleteFolder(c(), { folderId: doomed.id }),
        upload(c(), { projectId: w.projectId, folderId: inside.id, name: 'late.txt', size: 17 }),
        createFolder(c(), { projectId: w.projectId, parentId: inside.id, name: 'late' }),
      ];
      const { reasons } = await outcomes(racers);
      for (const reason of reasons) expect(reason).toBe('ITEM_NOT_FOUND');
      await expectConsistent(w.org.id);
    }
  });

  it('two folders moved into each other at once: one move wins, never a cycle', async () => {
    const w = await seedWorld();
    for (let round = 0; round < 3; round++) {
      const c = () => scopeOf(w, 'contributor');
      const a = await createFolder(c(), { projectId: w.projectId, name: `a${round}` });
      const b = await createFolder(c(), { projectId: w.projectId, name: `b${round}` });
      const result = await outcomes([
        updateFolder(c(), { folderId: a.id, parentId: b.id }),
        updateFolder(c(), { folderId: b.id, parentId: a.id }),
      ]);
      expect(result).toEqual({ ok: 1, reasons: ['FOLDER_MOVE_INTO_ITSELF'] });
      const roots = await em().count(Item, { id: { $in: [a.id, b.id] }, parent: null });
      expect(roots).toBe(1);
      await expectConsistent(w.org.id);
    }
  });
});
