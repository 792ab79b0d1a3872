// content.list beyond the basics: sorting by date, search across the project with cursors, page
// sizes, and ids from elsewhere; and renames and moves that change nothing or only the case.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAsset } from './content-fixtures.js';
import { createHarness, errorOf, type Harness } from './harness.js';
import { team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

describe('content.list', () => {
  it('sorts by date, newest first when descending', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const box = await t.owner.caller.folder.create({ orgId, projectId, name: 'Dated' });
    for (const name of ['first.txt', 'second.txt', 'third.txt'])
      await uploadAsset(h, t.owner.userId, orgId, { projectId, folderId: box.id, name });
    const page = await t.owner.caller.content.list({
      orgId,
      projectId,
      folderId: box.id,
      sort: 'date',
      order: 'desc',
    });
    const dates = page.items.map((i) => i.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('searches names across the project, folders and assets, in pages', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    const a = await t.owner.caller.folder.create({ orgId, projectId, name: 'Invoices 2024' });
    const b = await t.owner.caller.folder.create({ orgId, projectId, parentId: a.id, name: 'Q1' });
    await t.owner.caller.folder.create({ orgId, projectId, parentId: b.id, name: 'invoice drafts' });
    for (const [folderId, name] of [
      [a.id, 'invoice-1.pdf'],
      [b.id, 'INVOICE-2.pdf'],
      [null, 'receipt.pdf'],
    ] as const)
      await uploadAsset(h, t.owner.userId, orgId, { projectId, folderId, name });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.plain.caller.content.list({
        orgId,
        projectId,
        search: 'invoice',
        limit: 2,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.folder).toBeNull();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(['INVOICE-2.pdf', 'Invoices 2024', 'invoice drafts', 'invoice-1.pdf'].sort());
    // Another project's items never show up.
    const elsewhere = await t.owner.caller.content.list({
      orgId,
      projectId: t.restricted.id,
      search: 'invoice',
    });
    expect(elsewhere.items).toEqual([]);
  });

  it.each([0, 201, 1.5, -1])('refuses a page size of %s', async (limit) => {
    const input = { orgId: t.orgId, projectId: t.restricted.id, limit };
    expect(await errorOf(t.owner.caller.content.list(input))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses a search of more than 255 characters, and a sort it does not know', async () => {
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    expect(await errorOf(t.owner.caller.content.list({ ...input, search: 'x'.repeat(256) }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await errorOf(t.owner.caller.content.list({ ...input, sort: 'owner' as 'name' }))).toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('answers NOT_FOUND for a folder of another project, or a made-up one', async () => {
    const { orgId } = t;
    const there = await t.owner.caller.folder.create({ orgId, projectId: t.open.id, name: 'Over there' });
    const missing = { code: 'NOT_FOUND', reason: 'ITEM_NOT_FOUND' };
    expect(
      await errorOf(t.owner.caller.content.list({ orgId, projectId: t.restricted.id, folderId: there.id })),
    ).toMatchObject(missing);
    expect(
      await errorOf(
        t.owner.caller.content.list({ orgId, projectId: t.restricted.id, folderId: randomUUID() }),
      ),
    ).toMatchObject(missing);
  });
});

describe('renames and moves that change little', () => {
  it('changes only the case of a name, or keeps it', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const folder = await t.owner.caller.folder.create({ orgId, projectId, name: 'casing' });
    expect((await t.owner.caller.folder.update({ orgId, folderId: folder.id, name: 'Casing' })).name).toBe(
      'Casing',
    );
    expect((await t.owner.caller.folder.update({ orgId, folderId: folder.id, name: 'Casing' })).name).toBe(
      'Casing',
    );
    const asset = await uploadAsset(h, t.owner.userId, orgId, {
      projectId,
      folderId: folder.id,
      name: 'readme.md',
    });
    expect((await t.owner.caller.asset.update({ orgId, assetId: asset.id, name: 'README.md' })).name).toBe(
      'README.md',
    );
  });

  it('moves to where it already is, and updates with nothing to change', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const parent = await t.owner.caller.folder.create({ orgId, projectId, name: 'Stay here' });
    const child = await t.owner.caller.folder.create({
      orgId,
      projectId,
      parentId: parent.id,
      name: 'Child',
    });
    expect(
      await t.owner.caller.folder.update({ orgId, folderId: child.id, parentId: parent.id }),
    ).toMatchObject({
      parentId: parent.id,
      name: 'Child',
    });
    expect(await t.owner.caller.folder.update({ orgId, folderId: child.id })).toMatchObject({
      parentId: parent.id,
    });
    const asset = await uploadAsset(h, t.owner.userId, orgId, {
      projectId,
      folderId: parent.id,
      name: 'same.txt',
    });
    expect(
      await t.owner.caller.asset.update({ orgId, assetId: asset.id, folderId: parent.id }),
    ).toMatchObject({
      folderId: parent.id,
      name: 'same.txt',
    });
    expect(await t.owner.caller.asset.update({ orgId, assetId: asset.id })).toMatchObject({
      name: 'same.txt',
    });
  });
});
