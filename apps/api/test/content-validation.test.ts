// Input that must be refused with a reason a person and a program understand, never a 500: bad
// names and ids, folders too deep, a move into itself, an archived project.
import { randomUUID } from 'node:crypto';
import { sessionCookieName } from '@roster/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadAsset } from './content-fixtures.js';
import { buildServer } from '../src/server.js';
import { appOrigin, createHarness, errorOf, type Harness } from './harness.js';
import { team, type Team } from './project-fixtures.js';

let h: Harness;
let t: Team;
beforeAll(async () => {
  h = await createHarness();
  t = await team(h);
});
afterAll(() => h.close());

const badNames = [
  '',
  '   ',
  'a/b',
  '/',
  'back\\slash',
  '.',
  '..',
  'tab\there',
  'line\nbreak',
  'nul\u0000',
  'x'.repeat(256),
];

describe('names', () => {
  it.each(badNames.map((name) => ({ name, shown: JSON.stringify(name).slice(0, 20) })))(
    'refuses $shown for folders and assets with BAD_REQUEST and a field message',
    async ({ name }) => {
      const { orgId } = t;
      const projectId = t.restricted.id;
      const folder = await t.owner.caller.folder.create({
        orgId,
        projectId,
        name: 'Named',
        onConflict: 'rename',
      });
      const asset = await uploadAsset(h, t.owner.userId, orgId, {
        projectId,
        name: 'named.txt',
        onConflict: 'rename',
      });
      for (const call of [
        () => t.owner.caller.folder.create({ orgId, projectId, name }),
        () => t.owner.caller.folder.update({ orgId, folderId: folder.id, name }),
        () => t.owner.caller.asset.update({ orgId, assetId: asset.id, name }),
      ]) {
        const error = await errorOf(call());
        expect(error).toMatchObject({ code: 'BAD_REQUEST' });
      }
    },
  );

  it('accepts 255 characters and Unicode', async () => {
    const input = { orgId: t.orgId, projectId: t.restricted.id };
    expect((await t.owner.caller.folder.create({ ...input, name: 'y'.repeat(255) })).name).toHaveLength(255);
    expect((await t.owner.caller.folder.create({ ...input, name: 'Überblick 報告 🚀' })).name).toBe(
      'Überblick 報告 🚀',
    );
  });
});

describe('over HTTP', () => {
  it('answers 400 with data.reason and a message for the field, 412 and 409 with theirs', async () => {
    const app = await buildServer(h.deps);
    try {
      const session = await h.deps.sessions.createSession(t.owner.userId, {});
      const post = (path: string, body: object) =>
        app.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          payload: body,
          headers: { origin: appOrigin, cookie: `${sessionCookieName}=${session.id}` },
        });
      const input = { orgId: t.orgId, projectId: t.restricted.id };
      const bad = await post('folder.create', { ...input, name: 'a/b' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.data).toMatchObject({
        code: 'BAD_REQUEST',
        reason: 'INVALID_INPUT',
        fieldErrors: { name: expect.any(String) },
      });
      const made = await post('folder.create', { ...input, name: 'Wire', onConflict: 'rename' });
      expect(made.statusCode).toBe(200);
      const name = made.json().result.data.name as string;
      const taken = await post('folder.create', { ...input, name });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.data).toMatchObject({ code: 'CONFLICT', reason: 'NAME_TAKEN' });
      expect(taken.json().error.message).toMatch(/\w/);
      const loop = await post('folder.update', {
        orgId: t.orgId,
        folderId: made.json().result.data.id,
        parentId: made.json().result.data.id,
      });
      expect(loop.statusCode).toBe(400);
      expect(loop.json().error.data).toMatchObject({ reason: 'FOLDER_MOVE_INTO_ITSELF' });
    } finally {
      await app.close();
    }
  });
});

describe('ids', () => {
  it.each(['not-a-uuid', '', '00000000-0000-0000-0000-00000000000g', 'x'.repeat(5000)])(
    'refuses the id %j with BAD_REQUEST',
    async (id) => {
      const orgId = t.orgId;
      for (const call of [
        () => t.owner.caller.content.list({ orgId, projectId: id }),
        () => t.owner.caller.content.list({ orgId, projectId: t.restricted.id, folderId: id }),
        () => t.owner.caller.folder.get({ orgId, folderId: id }),
        () => t.owner.caller.folder.create({ orgId, projectId: t.restricted.id, parentId: id, name: 'N' }),
        () => t.owner.caller.folder.update({ orgId, folderId: id, name: 'N' }),
        () => t.owner.caller.folder.delete({ orgId, folderId: id }),
        () => t.owner.caller.asset.get({ orgId, assetId: id }),
        () => t.owner.caller.asset.update({ orgId, assetId: id, name: 'n' }),
        () => t.owner.caller.asset.delete({ orgId, assetId: id }),
      ])
        expect(await errorOf(call())).toMatchObject({ code: 'BAD_REQUEST' });
    },
  );

  it('answers NOT_FOUND for ids that do not exist, and for a folder id given as an asset', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const folder = await t.owner.caller.folder.create({
      orgId,
      projectId,
      name: 'Real',
      onConflict: 'rename',
    });
    const asset = await uploadAsset(h, t.owner.userId, orgId, {
      projectId,
      name: 'real.txt',
      onConflict: 'rename',
    });
    const missing = { code: 'NOT_FOUND', reason: 'ITEM_NOT_FOUND' };
    expect(await errorOf(t.owner.caller.folder.get({ orgId, folderId: randomUUID() }))).toMatchObject(
      missing,
    );
    expect(await errorOf(t.owner.caller.folder.get({ orgId, folderId: asset.id }))).toMatchObject(missing);
    expect(await errorOf(t.owner.caller.asset.get({ orgId, assetId: folder.id }))).toMatchObject(missing);
    expect(
      await errorOf(
        t.owner.caller.folder.create({ orgId, projectId, parentId: randomUUID(), name: 'Orphan' }),
      ),
    ).toMatchObject(missing);
    expect(
      await errorOf(
        t.owner.caller.folder.create({ orgId, projectId, parentId: asset.id, name: 'In a file' }),
      ),
    ).toMatchObject(missing);
    expect(await errorOf(t.owner.caller.content.list({ orgId, projectId: randomUUID() }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PROJECT_NOT_FOUND',
    });
  });
});

describe('the tree', () => {
  it('allows 32 levels and refuses the 33rd, by creating or by moving', async () => {
    const { orgId } = t;
    const projectId = t.open.id;
    let parentId: string | null = null;
    const chain: string[] = [];
    for (let level = 1; level <= 32; level++) {
      const folder = await t.owner.caller.folder.create({
        orgId,
        projectId,
        parentId,
        name: `Level ${level}`,
      });
      chain.push(folder.id);
      parentId = folder.id;
    }
    const tooDeep = { code: 'PRECONDITION_FAILED', reason: 'FOLDER_TOO_DEEP' };
    expect(
      await errorOf(t.owner.caller.folder.create({ orgId, projectId, parentId, name: 'Level 33' })),
    ).toMatchObject(tooDeep);
    // A folder with a child, moved under level 31: its child would be at 33.
    const pair = await t.owner.caller.folder.create({ orgId, projectId, name: 'Pair' });
    await t.owner.caller.folder.create({ orgId, projectId, parentId: pair.id, name: 'Child' });
    expect(
      await errorOf(t.owner.caller.folder.update({ orgId, folderId: pair.id, parentId: chain[30]! })),
    ).toMatchObject(tooDeep);
    expect(
      await t.owner.caller.folder.update({ orgId, folderId: pair.id, parentId: chain[29]! }),
    ).toMatchObject({ parentId: chain[29] });
  });

  it('refuses to move a folder into itself or a descendant', async () => {
    const { orgId } = t;
    const projectId = t.restricted.id;
    const top = await t.owner.caller.folder.create({ orgId, projectId, name: 'Loop', onConflict: 'rename' });
    const mid = await t.owner.caller.folder.create({ orgId, projectId, parentId: top.id, name: 'Mid' });
    const low = await t.owner.caller.folder.create({ orgId, projectId, parentId: mid.id, name: 'Low' });
    for (const target of [top.id, mid.id, low.id])
      expect(
        await errorOf(t.contributor.caller.folder.update({ orgId, folderId: top.id, parentId: target })),
      ).toMatchObject({
        code: 'BAD_REQUEST',
        reason: 'FOLDER_MOVE_INTO_ITSELF',
      });
    const page = await t.owner.caller.content.list({ orgId, projectId, folderId: low.id });
    expect(page.folder!.path.map((p) => p.id)).toEqual([top.id, mid.id]);
  });

  it('refuses to move a folder into another project', async () => {
    const { orgId } = t;
    const here = await t.owner.caller.folder.create({
      orgId,
      projectId: t.restricted.id,
      name: 'Stay',
      onConflict: 'rename',
    });
    const there = await t.owner.caller.folder.create({
      orgId,
      projectId: t.open.id,
      name: 'There',
      onConflict: 'rename',
    });
    expect(
      await errorOf(t.owner.caller.folder.update({ orgId, folderId: here.id, parentId: there.id })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ITEM_NOT_FOUND',
    });
  });
});

describe('an archived project', () => {
  it('is read-only: lists and gets, but nothing is created, changed or deleted', async () => {
    const x = await team(h);
    const { orgId } = x;
    const projectId = x.restricted.id;
    const folder = await x.owner.caller.folder.create({ orgId, projectId, name: 'Frozen' });
    const asset = await uploadAsset(h, x.owner.userId, orgId, {
      projectId,
      folderId: folder.id,
      name: 'ice.txt',
    });
    await x.owner.caller.project.archive({ orgId, projectId });

    expect((await x.owner.caller.content.list({ orgId, projectId })).items).toHaveLength(1);
    expect(await x.admin.caller.folder.get({ orgId, folderId: folder.id })).toMatchObject({ assets: 1 });
    expect(await x.admin.caller.asset.get({ orgId, assetId: asset.id })).toMatchObject({ name: 'ice.txt' });
    const readOnly = { code: 'PRECONDITION_FAILED', reason: 'PROJECT_ARCHIVED' };
    for (const call of [
      () => x.owner.caller.folder.create({ orgId, projectId, name: 'More' }),
      () => x.owner.caller.folder.update({ orgId, folderId: folder.id, name: 'Thawed' }),
      () => x.owner.caller.folder.delete({ orgId, folderId: folder.id }),
      () => x.owner.caller.asset.update({ orgId, assetId: asset.id, name: 'water.txt' }),
      () => x.owner.caller.asset.delete({ orgId, assetId: asset.id }),
    ])
      expect(await errorOf(call())).toMatchObject(readOnly);
    expect(await x.owner.caller.folder.get({ orgId, folderId: folder.id })).toMatchObject({
      name: 'Frozen',
      assets: 1,
    });
  });
});
