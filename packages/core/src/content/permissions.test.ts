import { Project } from '@roster/db';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../scope.js';
import { beginUpload } from './begin-upload.js';
import { createFolder } from './create-folder.js';
import { deleteAsset } from './delete-asset.js';
import { deleteFolder } from './delete-folder.js';
import { getAsset, loadAssetForDownload } from './get-asset.js';
import { getFolder } from './get-folder.js';
import { listContent } from './list.js';
import {
  em,
  reasonOf,
  scopeOf,
  seedWorld,
  upload,
  useContentDb,
  type Who,
  type World,
} from './test-fixtures.js';
import { updateAsset } from './update-asset.js';
import { updateFolder } from './update-folder.js';

useContentDb();

/** A folder and an asset in the world's project, made by its manager. */
async function content(w: World) {
  const folder = await createFolder(scopeOf(w, 'manager'), {
    projectId: w.projectId,
    name: `F${Math.random()}`,
  });
  const asset = await upload(scopeOf(w, 'manager'), {
    projectId: w.projectId,
    name: `a${Math.random()}.txt`,
  });
  return { folder, asset };
}

type Op = (s: Scope, w: World, c: Awaited<ReturnType<typeof content>>) => Promise<unknown>;
const reads: Record<string, Op> = {
  listContent: (s, w, c) => listContent(s, { projectId: w.projectId, folderId: c.folder.id }),
  getFolder: (s, _w, c) => getFolder(s, { folderId: c.folder.id }),
  getAsset: (s, _w, c) => getAsset(s, { assetId: c.asset.id }),
  loadAssetForDownload: (s, _w, c) => loadAssetForDownload(s, c.asset.id),
};
const writes: Record<string, Op> = {
  createFolder: (s, w, c) => createFolder(s, { projectId: w.projectId, parentId: c.folder.id, name: 'new' }),
  updateFolder: (s, _w, c) => updateFolder(s, { folderId: c.folder.id, name: `${c.folder.name}!` }),
  updateAsset: (s, _w, c) => updateAsset(s, { assetId: c.asset.id, name: `${c.asset.name}!` }),
  deleteAsset: (s, _w, c) => deleteAsset(s, { assetId: c.asset.id }),
  beginUpload: (s, w) => beginUpload(s, { projectId: w.projectId, name: 'up.bin', size: 1 }),
};
const manages: Record<string, Op> = {
  deleteFolder: (s, _w, c) => deleteFolder(s, { folderId: c.folder.id }),
};
const notFound = new Set(['PROJECT_NOT_FOUND', 'ITEM_NOT_FOUND']);

describe(`content permissions (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  const table: [string, Op, Who[], Who[]][] = [
    ...Object.entries(reads).map(([n, op]): [string, Op, Who[], Who[]] => [
      n,
      op,
      ['owner', 'admin', 'manager', 'contributor', 'viewer'],
      [],
    ]),
    ...Object.entries(writes).map(([n, op]): [string, Op, Who[], Who[]] => [
      n,
      op,
      ['owner', 'admin', 'manager', 'contributor'],
      ['viewer'],
    ]),
    ...Object.entries(manages).map(([n, op]): [string, Op, Who[], Who[]] => [
      n,
      op,
      ['owner', 'admin', 'manager'],
      ['contributor', 'viewer'],
    ]),
  ];
  for (const [name, op, allowed, denied] of table) {
    it(`${name}: ${allowed.join(', ')} may; ${denied.join(', ') || 'nobody else in the project'} may not; unassigned and other organizations see nothing`, async () => {
      const w = await seedWorld();
      for (const who of allowed) await op(scopeOf(w, who), w, await content(w));
      for (const who of denied)
        expect(await reasonOf(op(scopeOf(w, who), w, await content(w)))).toBe('PERMISSION_DENIED');
      for (const who of ['unassigned', 'stranger'] as const) {
        expect(notFound.has(await reasonOf(op(scopeOf(w, who), w, await content(w))))).toBe(true);
      }
    });
  }

  it('an archived project is read-only for owners and admins, and hidden from its members', async () => {
    const w = await seedWorld();
    const c = await content(w);
    await em().nativeUpdate(Project, { id: w.projectId }, { archivedAt: new Date() });
    for (const [, op] of Object.entries(reads)) await op(scopeOf(w, 'admin'), w, c);
    for (const op of [...Object.values(writes), ...Object.values(manages)]) {
      expect(await reasonOf(op(scopeOf(w, 'owner'), w, c))).toBe('PROJECT_ARCHIVED');
      expect(notFound.has(await reasonOf(op(scopeOf(w, 'manager'), w, c)))).toBe(true);
    }
    expect(notFound.has(await reasonOf(reads.listContent!(scopeOf(w, 'viewer'), w, c)))).toBe(true);
  });

  it('ids of another organization or the wrong kind are not found', async () => {
    const w = await seedWorld();
    const c = await content(w);
    const theirs = await createFolder(scopeOf(w, 'stranger'), { projectId: w.otherOrg.projectId, name: 'T' });
    expect(await reasonOf(getFolder(scopeOf(w, 'owner'), { folderId: theirs.id }))).toBe('ITEM_NOT_FOUND');
    expect(await reasonOf(listContent(scopeOf(w, 'owner'), { projectId: w.otherOrg.projectId }))).toBe(
      'PROJECT_NOT_FOUND',
    );
    expect(
      await reasonOf(listContent(scopeOf(w, 'owner'), { projectId: w.projectId, folderId: theirs.id })),
    ).toBe('ITEM_NOT_FOUND');
    expect(await reasonOf(getFolder(scopeOf(w, 'owner'), { folderId: c.asset.id }))).toBe('ITEM_NOT_FOUND');
    expect(await reasonOf(getAsset(scopeOf(w, 'owner'), { assetId: c.folder.id }))).toBe('ITEM_NOT_FOUND');
    expect(
      await reasonOf(
        createFolder(scopeOf(w, 'owner'), { projectId: w.projectId, parentId: theirs.id, name: 'x' }),
      ),
    ).toBe('ITEM_NOT_FOUND');
    expect(
      await reasonOf(updateFolder(scopeOf(w, 'owner'), { folderId: c.folder.id, parentId: theirs.id })),
    ).toBe('ITEM_NOT_FOUND');
    expect(
      await reasonOf(
        updateAsset(scopeOf(w, 'owner'), { assetId: c.asset.id, projectId: w.otherOrg.projectId }),
      ),
    ).toBe('PROJECT_NOT_FOUND');
    expect(
      await reasonOf(
        beginUpload(scopeOf(w, 'owner'), { projectId: w.projectId, folderId: theirs.id, name: 'a', size: 1 }),
      ),
    ).toBe('ITEM_NOT_FOUND');
  });

  it('a project visible to the organization (the Library) lets every member contribute, not delete folders', async () => {
    const w = await seedWorld();
    await em().nativeUpdate(Project, { id: w.projectId }, { visibility: 'organization' });
    const c = await content(w);
    for (const op of Object.values(reads)) await op(scopeOf(w, 'unassigned'), w, c);
    await upload(scopeOf(w, 'unassigned'), { projectId: w.projectId, name: 'mine.txt' });
    await createFolder(scopeOf(w, 'viewer'), {
      projectId: w.projectId,
      name: 'viewer is a contributor here',
    });
    expect(await reasonOf(deleteFolder(scopeOf(w, 'unassigned'), { folderId: c.folder.id }))).toBe(
      'PERMISSION_DENIED',
    );
    const page = await listContent(scopeOf(w, 'unassigned'), { projectId: w.projectId });
    expect(page.role).toBe('contributor');
  });
});
