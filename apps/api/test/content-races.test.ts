// Concurrency through the API: concurrent creates of one name get distinct names, and moves racing
// deletes leave a consistent tree (every item's parent exists in its project, depths agree).
import { Blob, Item, Organization, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAsset } from './content-fixtures.js';
import { createHarness, type Harness } from './harness.js';
import { team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

/** Every item of the project has its parent in the project, as a folder, one level up. */
async function assertConsistent(projectId: string): Promise<Item[]> {
  const items = await forkEm(h.db.orm).find(Item, { project: projectId });
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    const parentId = item.parent?.id ?? null;
    if (parentId === null) {
      expect(item.depth, item.name).toBe(item.kind === 'folder' ? 1 : 0);
      continue;
    }
    const parent = byId.get(parentId);
    expect(parent, `the parent of ${item.name}`).toBeDefined();
    expect(parent!.kind).toBe('folder');
    expect(item.depth, item.name).toBe(parent!.depth + (item.kind === 'folder' ? 1 : 0));
  }
  return items;
}

/** The organization's storage count equals the sizes of its blobs still uploading or stored. */
async function assertStorageCounted(orgId: string): Promise<void> {
  const em = forkEm(h.db.orm);
  const blobs = await em.find(Blob, { organization: orgId, state: { $in: ['uploading', 'stored'] } });
  const org = await em.findOneOrFail(Organization, { id: orgId });
  expect(org.storageBytes).toBe(blobs.reduce((sum, b) => sum + b.size, 0));
}

describe('races', () => {
  it('concurrent folder.create of one name with onConflict rename: distinct names, all created', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const box = await t.owner.caller.folder.create({ orgId, projectId, name: 'Crowd' });
    const callers = [t.owner, t.admin, t.manager, t.contributor];
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        callers[i % callers.length]!.caller.folder.create({
          orgId,
          projectId,
          parentId: box.id,
          name: 'Same',
          onConflict: 'rename',
        }),
      ),
    );
    const names = made.map((f) => f.name);
    expect(new Set(names).size).toBe(12);
    expect(names).toContain('Same');
    for (const name of names) expect(name).toMatch(/^Same( \(\d+\))?$/);
    const listed = await t.owner.caller.content.list({ orgId, projectId, folderId: box.id });
    expect(listed.items.map((i) => i.name).sort()).toEqual([...names].sort());
  });

  it('concurrent folder.create of one name without rename: one wins, the others get NAME_TAKEN', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    const settled = await Promise.allSettled(
      Array.from({ length: 8 }, () => t.owner.caller.folder.create({ orgId, projectId, name: 'Only one' })),
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    for (const s of settled.filter((s) => s.status === 'rejected'))
      expect((s.reason as { cause?: { reason?: string } }).cause?.reason).toBe('NAME_TAKEN');
  });

  it('moves racing deletes leave a consistent tree', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const rounds = 6;
    for (let round = 0; round < rounds; round++) {
      const a = await t.owner.caller.folder.create({ orgId, projectId, name: `A${round}` });
      const b = await t.owner.caller.folder.create({ orgId, projectId, name: `B${round}` });
      const inA = await t.owner.caller.folder.create({ orgId, projectId, parentId: a.id, name: 'Child' });
      await uploadAsset(h, t.owner.userId, orgId, { projectId, folderId: inA.id, name: 'file.txt' });
      // Move A's child into B while B is deleted, and move B into A while A is deleted.
      const results = await Promise.allSettled([
        t.manager.caller.folder.update({ orgId, folderId: inA.id, parentId: b.id }),
        t.owner.caller.folder.delete({ orgId, folderId: b.id }),
        t.contributor.caller.folder.update({ orgId, folderId: b.id, parentId: a.id }),
        t.admin.caller.folder.delete({ orgId, folderId: a.id }),
      ]);
      for (const r of results)
        if (r.status === 'rejected') {
          const code = (r.reason as { code?: string }).code;
          expect(['NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE'], String(r.reason)).toContain(code);
        }
      const items = await assertConsistent(projectId);
      // A deleted folder took its whole subtree along: nothing of this round survives a delete that succeeded.
      const ids = new Set(items.map((i) => i.id));
      if (results[3].status === 'fulfilled') expect(ids.has(a.id)).toBe(false);
      if (results[1].status === 'fulfilled') expect(ids.has(b.id)).toBe(false);
    }
  });

  it('assets moved into a folder while it is deleted: gone with it or left where they were, space counted once', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    for (let round = 0; round < 4; round++) {
      const target = await t.owner.caller.folder.create({ orgId, projectId, name: `Target ${round}` });
      const files = await Promise.all(
        [1, 2, 3].map((i) =>
          uploadAsset(h, t.owner.userId, orgId, {
            projectId,
            name: `r${round}-${i}.txt`,
            bytes: 'x'.repeat(10 * i),
          }),
        ),
      );
      const results = await Promise.allSettled([
        ...files.map((f) => t.contributor.caller.asset.update({ orgId, assetId: f.id, folderId: target.id })),
        t.admin.caller.folder.delete({ orgId, folderId: target.id }),
      ]);
      expect(results.at(-1)!.status, String((results.at(-1) as PromiseRejectedResult).reason)).toBe(
        'fulfilled',
      );
      const remaining = await forkEm(h.db.orm).find(Item, { id: { $in: files.map((f) => f.id) } });
      // Whatever was moved in before the delete went with it; the others stayed at the root.
      for (const item of remaining) expect(item.parent).toBeNull();
      await assertConsistent(projectId);
      await assertStorageCounted(orgId);
    }
  });

  it('concurrent renames of assets to one name with onConflict rename: distinct names', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const box = await t.owner.caller.folder.create({ orgId, projectId, name: 'Renames' });
    const files = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        uploadAsset(h, t.owner.userId, orgId, { projectId, folderId: box.id, name: `f${i}.txt` }),
      ),
    );
    const renamed = await Promise.all(
      files.map((f) =>
        t.contributor.caller.asset.update({ orgId, assetId: f.id, name: 'final.txt', onConflict: 'rename' }),
      ),
    );
    const names = renamed.map((a) => a.name);
    expect(new Set(names).size).toBe(8);
    for (const name of names) expect(name).toMatch(/^final( \(\d+\))?\.txt$/);
  });
});
