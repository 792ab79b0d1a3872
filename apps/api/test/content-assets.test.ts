// Assets through tRPC: get, rename, move (to a folder, to another project), the conflict policies of
// a rename or move, and delete with the purge it leaves for the worker.
import { Blob, Item, forkEm } from '@roster/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeJobs, uploadAsset } from './content-fixtures.js';
import { createHarness, errorOf, type Harness } from './harness.js';
import { assign, team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('asset.get', () => {
  it('answers the metadata kept at upload', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const folder = await t.owner.caller.folder.create({
      orgId,
      projectId,
      name: 'Got',
      onConflict: 'rename',
    });
    const uploaded = await uploadAsset(h, t.contributor.userId, orgId, {
      projectId,
      folderId: folder.id,
      name: 'hello.txt',
      bytes: 'hello',
    });
    expect(await t.viewer.caller.asset.get({ orgId, assetId: uploaded.id })).toEqual({
      kind: 'asset',
      id: uploaded.id,
      projectId,
      folderId: folder.id,
      name: 'hello.txt',
      size: 5,
      contentType: 'text/plain',
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      createdAt: iso,
      updatedAt: iso,
      uploadedBy: { id: t.contributor.userId, name: t.contributor.name },
    });
  });
});

describe('asset.update', () => {
  it('renames and moves between folders', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const from = await t.owner.caller.folder.create({ orgId, projectId, name: 'From', onConflict: 'rename' });
    const to = await t.owner.caller.folder.create({ orgId, projectId, name: 'To', onConflict: 'rename' });
    const asset = await uploadAsset(h, t.owner.userId, orgId, {
      projectId,
      folderId: from.id,
      name: 'a.txt',
    });
    expect(
      await t.contributor.caller.asset.update({ orgId, assetId: asset.id, name: 'b.txt' }),
    ).toMatchObject({
      name: 'b.txt',
      folderId: from.id,
    });
    const moved = await t.contributor.caller.asset.update({
      orgId,
      assetId: asset.id,
      folderId: to.id,
      name: 'c.txt',
    });
    expect(moved).toMatchObject({
      id: asset.id,
      name: 'c.txt',
      folderId: to.id,
      size: asset.size,
      sha256: asset.sha256,
    });
    const listed = await t.viewer.caller.content.list({ orgId, projectId, folderId: to.id });
    expect(listed.items.map((i) => i.id)).toEqual([asset.id]);
    expect((await t.viewer.caller.content.list({ orgId, projectId, folderId: from.id })).items).toEqual([]);
  });

  it('follows the conflict policy: fail by default, rename, or replace (the old bytes purged)', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const box = await t.owner.caller.folder.create({ orgId, projectId, name: 'Clash', onConflict: 'rename' });
    const at = { projectId, folderId: box.id };
    const keep = await uploadAsset(h, t.owner.userId, orgId, { ...at, name: 'report.pdf', bytes: 'old' });
    const other = await uploadAsset(h, t.owner.userId, orgId, { ...at, name: 'draft.pdf', bytes: 'newer' });
    expect(
      await errorOf(t.owner.caller.asset.update({ orgId, assetId: other.id, name: 'REPORT.pdf' })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
    });
    const renamed = await t.owner.caller.asset.update({
      orgId,
      assetId: other.id,
      name: 'report.pdf',
      onConflict: 'rename',
    });
    expect(renamed.name).toBe('report (1).pdf');

    const replacing = await t.owner.caller.asset.update({
      orgId,
      assetId: other.id,
      name: 'report.pdf',
      onConflict: 'replace',
    });
    expect(replacing).toMatchObject({ id: other.id, name: 'report.pdf', size: 5 });
    const em = forkEm(h.db.orm);
    expect(await em.count(Item, { id: keep.id })).toBe(0);
    expect(await purgeJobs(h)).toContainEqual(expect.objectContaining({ orgId }));
    const names = (await t.owner.caller.content.list({ orgId, ...at })).items.map((i) => i.name);
    expect(names).toEqual(['report.pdf']);
  });

  it('moves to another project of the organization when the caller may write in both', async () => {
    const { orgId } = t;
    const asset = await uploadAsset(h, t.contributor.userId, orgId, {
      projectId: t.restricted.id,
      name: 'travel.txt',
    });
    // The contributor is a contributor of the open project too (its visibility): allowed.
    const moved = await t.contributor.caller.asset.update({
      orgId,
      assetId: asset.id,
      projectId: t.open.id,
      folderId: null,
    });
    expect(moved).toMatchObject({ projectId: t.open.id, folderId: null });
    // Back to a project where the viewer only views: refused, the asset stays.
    const viewerOwned = await uploadAsset(h, t.owner.userId, orgId, {
      projectId: t.open.id,
      name: 'stay.txt',
    });
    expect(
      await errorOf(
        t.viewer.caller.asset.update({ orgId, assetId: viewerOwned.id, projectId: t.restricted.id }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' });
    // Into a project the caller cannot see: as if it did not exist.
    const x = await team(h);
    await assign(h, x.orgId, x.open.id, x.plain.userId, 'manager');
    const mine = await uploadAsset(h, x.plain.userId, x.orgId, { projectId: x.open.id, name: 'mine.txt' });
    expect(
      await errorOf(
        x.plain.caller.asset.update({ orgId: x.orgId, assetId: mine.id, projectId: x.restricted.id }),
      ),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PROJECT_NOT_FOUND',
    });
    // Into another organization's project: the same.
    expect(
      await errorOf(x.plain.caller.asset.update({ orgId: x.orgId, assetId: mine.id, projectId: t.open.id })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PROJECT_NOT_FOUND',
    });
    expect(await x.plain.caller.asset.get({ orgId: x.orgId, assetId: mine.id })).toMatchObject({
      projectId: x.open.id,
    });
  });
});

describe('asset.delete', () => {
  it('deletes the row at once, releases the space and leaves the bytes to the purge', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    const asset = await uploadAsset(h, t.contributor.userId, orgId, {
      projectId,
      name: 'gone.txt',
      bytes: 'x'.repeat(100),
    });
    const blobs = await forkEm(h.db.orm).find(Blob, { organization: orgId, state: 'stored' });
    const before = (await t.owner.caller.org.get({ orgId })).storage.used;
    expect(await t.contributor.caller.asset.delete({ orgId, assetId: asset.id })).toEqual({ ok: true });
    expect((await t.owner.caller.org.get({ orgId })).storage.used).toBe(before - 100);
    expect(await errorOf(t.viewer.caller.asset.get({ orgId, assetId: asset.id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ITEM_NOT_FOUND',
    });
    const deleting = await forkEm(h.db.orm).find(Blob, { organization: orgId, state: 'deleting' });
    expect(deleting.filter((b) => blobs.some((s) => s.id === b.id)).length).toBeGreaterThanOrEqual(1);
    expect(await purgeJobs(h)).toContainEqual(expect.objectContaining({ orgId }));
    // Deleting again: as if it never existed.
    expect(await errorOf(t.contributor.caller.asset.delete({ orgId, assetId: asset.id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ITEM_NOT_FOUND',
    });
  });
});
