// Folders through tRPC: create, list, get, rename, move and delete, with their outputs, and the
// purge a delete leaves for the worker.
import { Blob, Item, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeJobs, uploadAsset } from './content-fixtures.js';
import { createHarness, errorOf, type Harness } from './harness.js';
import { team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('folder.create', () => {
  it('creates folders at the root and inside, answering the folder', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const docs = await t.contributor.caller.folder.create({ orgId, projectId, name: 'Docs' });
    expect(docs).toEqual({
      kind: 'folder',
      id: uuid,
      projectId,
      parentId: null,
      name: 'Docs',
      createdAt: iso,
      updatedAt: iso,
      createdBy: { id: t.contributor.userId, name: t.contributor.name },
    });
    const specs = await t.manager.caller.folder.create({
      orgId,
      projectId,
      parentId: docs.id,
      name: '  Specs  ',
    });
    expect(specs).toMatchObject({ parentId: docs.id, name: 'Specs', createdBy: { id: t.manager.userId } });

    const page = await t.viewer.caller.content.list({ orgId, projectId, folderId: docs.id });
    expect(page).toEqual({
      items: [expect.objectContaining({ kind: 'folder', id: specs.id, name: 'Specs' })],
      nextCursor: null,
      folder: { id: docs.id, name: 'Docs', path: [] },
      role: 'viewer',
    });
    const inner = await t.viewer.caller.content.list({ orgId, projectId, folderId: specs.id });
    expect(inner.folder).toEqual({ id: specs.id, name: 'Specs', path: [{ id: docs.id, name: 'Docs' }] });
  });

  it('refuses a name taken by a sibling (case-insensitively), or renames when asked', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    await t.owner.caller.folder.create({ orgId, projectId, name: 'Reports' });
    expect(await errorOf(t.owner.caller.folder.create({ orgId, projectId, name: 'REPORTS' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
    });
    const renamed = await t.owner.caller.folder.create({
      orgId,
      projectId,
      name: 'reports',
      onConflict: 'rename',
    });
    expect(renamed.name).toBe('reports (1)');
    // An asset's name counts too: folders and assets share their siblings' names.
    await uploadAsset(h, t.owner.userId, orgId, { projectId, name: 'plan' });
    expect(await errorOf(t.owner.caller.folder.create({ orgId, projectId, name: 'Plan' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
    });
  });
});

describe('content.list', () => {
  it('lists folders first, then assets, with the caller role; sorts and pages', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const box = await t.owner.caller.folder.create({ orgId, projectId, name: 'Listing' });
    for (const name of ['b-folder', 'a-folder'])
      await t.owner.caller.folder.create({ orgId, projectId, parentId: box.id, name });
    for (const [name, bytes] of [
      ['c.txt', 'x'],
      ['a.txt', 'xxx'],
      ['b.txt', 'xx'],
    ] as const)
      await uploadAsset(h, t.contributor.userId, orgId, { projectId, folderId: box.id, name, bytes });

    const names = async (input: object) =>
      (await t.manager.caller.content.list({ orgId, projectId, folderId: box.id, ...input })).items.map(
        (i) => i.name,
      );
    expect(await names({})).toEqual(['a-folder', 'b-folder', 'a.txt', 'b.txt', 'c.txt']);
    expect(await names({ order: 'desc' })).toEqual(['b-folder', 'a-folder', 'c.txt', 'b.txt', 'a.txt']);
    expect(await names({ sort: 'size' })).toEqual(['a-folder', 'b-folder', 'c.txt', 'b.txt', 'a.txt']);

    const first = await t.manager.caller.content.list({ orgId, projectId, folderId: box.id, limit: 2 });
    expect(first.items.map((i) => i.name)).toEqual(['a-folder', 'b-folder']);
    expect(first.role).toBe('manager');
    const rest = await t.manager.caller.content.list({
      orgId,
      projectId,
      folderId: box.id,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(rest.items.map((i) => i.name)).toEqual(['a.txt', 'b.txt']);
    const last = await t.manager.caller.content.list({
      orgId,
      projectId,
      folderId: box.id,
      limit: 2,
      cursor: rest.nextCursor!,
    });
    expect(last).toMatchObject({ items: [{ name: 'c.txt', kind: 'asset', size: 1 }], nextCursor: null });

    const found = await t.viewer.caller.content.list({ orgId, projectId, search: 'B.T' });
    expect(found).toMatchObject({ folder: null, items: [{ name: 'b.txt', folderId: box.id }] });
  });

  it('answers BAD_REQUEST for a cursor it did not make', async () => {
    const input = { orgId: t.orgId, projectId: t.restricted.id, cursor: 'not-a-cursor' };
    expect(await errorOf(t.owner.caller.content.list(input))).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('folder.update', () => {
  it('renames and moves, keeping the subtree with it', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const a = await t.owner.caller.folder.create({ orgId, projectId, name: 'Move A' });
    const b = await t.owner.caller.folder.create({ orgId, projectId, name: 'Move B' });
    const child = await t.owner.caller.folder.create({ orgId, projectId, parentId: a.id, name: 'Child' });
    const leaf = await t.owner.caller.folder.create({ orgId, projectId, parentId: child.id, name: 'Leaf' });

    const renamed = await t.contributor.caller.folder.update({ orgId, folderId: child.id, name: 'Kid' });
    expect(renamed).toMatchObject({ id: child.id, name: 'Kid', parentId: a.id });
    const moved = await t.contributor.caller.folder.update({ orgId, folderId: child.id, parentId: b.id });
    expect(moved).toMatchObject({ id: child.id, name: 'Kid', parentId: b.id });
    const page = await t.owner.caller.content.list({ orgId, projectId, folderId: leaf.id });
    expect(page.folder!.path.map((p) => p.name)).toEqual(['Move B', 'Kid']);
    const row = await forkEm(h.db.orm).findOneOrFail(Item, { id: leaf.id });
    expect(row.depth).toBe(3);
  });
});

describe('folder.get and folder.delete', () => {
  it('says what is inside, deletes it all in one go and leaves the bytes to the worker', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const top = await t.owner.caller.folder.create({ orgId, projectId, name: 'Doomed' });
    const sub = await t.owner.caller.folder.create({ orgId, projectId, parentId: top.id, name: 'Sub' });
    const one = await uploadAsset(h, t.contributor.userId, orgId, {
      projectId,
      folderId: top.id,
      name: 'one.txt',
      bytes: '12345',
    });
    await uploadAsset(h, t.contributor.userId, orgId, {
      projectId,
      folderId: sub.id,
      name: 'two.txt',
      bytes: '1234567',
    });
    const summary = { id: top.id, name: 'Doomed', path: [], folders: 1, assets: 2, bytes: 12 };
    expect(await t.viewer.caller.folder.get({ orgId, folderId: top.id })).toEqual(summary);

    const before = (await t.owner.caller.org.get({ orgId })).storage.used;
    expect(await t.manager.caller.folder.delete({ orgId, folderId: top.id })).toEqual(summary);
    expect((await t.owner.caller.org.get({ orgId })).storage.used).toBe(before - 12);

    const em = forkEm(h.db.orm);
    expect(await em.count(Item, { id: { $in: [top.id, sub.id, one.id] } })).toBe(0);
    expect((await em.find(Blob, { organization: orgId, state: 'deleting' })).length).toBeGreaterThanOrEqual(
      2,
    );
    expect(await purgeJobs(h)).toContainEqual(expect.objectContaining({ orgId }));
    expect(await errorOf(t.owner.caller.folder.get({ orgId, folderId: top.id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ITEM_NOT_FOUND',
    });
  });
});
