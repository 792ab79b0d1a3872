// Concurrency through the API: concurrent creates of one name get distinct names, and moves racing
// deletes leave a consistent tree (every item's parent exists in its project, depths agree).
import { Item, forkEm } from '@roster/db';
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
});
