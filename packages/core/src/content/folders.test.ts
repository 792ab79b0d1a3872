import { Event, Item } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { maxFolderDepth } from '../vocabulary/content.js';
import { createFolder } from './create-folder.js';
import { deleteFolder } from './delete-folder.js';
import { getFolder } from './get-folder.js';
import { listContent } from './list.js';
import { createFolderInput } from './schemas.js';
import { em, reasonOf, scopeOf, seedWorld, useContentDb } from './test-fixtures.js';
import { updateFolder } from './update-folder.js';

useContentDb();

describe(`folders (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('are created, nested, listed folders first with breadcrumbs', async () => {
    const w = await seedWorld();
    const as = scopeOf(w, 'contributor');
    const docs = await createFolder(as, { projectId: w.projectId, name: 'Docs' });
    expect(docs).toMatchObject({ kind: 'folder', name: 'Docs', parentId: null, projectId: w.projectId });
    expect(docs.createdBy).toEqual({ id: w.users.contributor.id, name: w.users.contributor.name });
    const specs = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      parentId: docs.id,
      name: 'Specs',
    });
    const deep = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      parentId: specs.id,
      name: 'v1',
    });
    const page = await listContent(scopeOf(w, 'viewer'), { projectId: w.projectId, folderId: specs.id });
    expect(page.items.map((i) => i.name)).toEqual(['v1']);
    expect(page.folder).toEqual({ id: specs.id, name: 'Specs', path: [{ id: docs.id, name: 'Docs' }] });
    expect(page.role).toBe('viewer');
    const summary = await getFolder(scopeOf(w, 'viewer'), { folderId: docs.id });
    expect(summary).toMatchObject({ folders: 2, assets: 0, bytes: 0, path: [] });
    expect(deep.parentId).toBe(specs.id);
  });

  it('refuse names taken case-insensitively, and rename on request', async () => {
    const w = await seedWorld();
    await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'Report' });
    expect(
      await reasonOf(createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'rEPORT' })),
    ).toBe('NAME_TAKEN');
    const renamed = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'report',
      onConflict: 'rename',
    });
    expect(renamed.name).toBe('report (1)');
    const again = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      name: 'Report',
      onConflict: 'rename',
    });
    expect(again.name).toBe('Report (2)');
  });

  it('validate names', () => {
    const bad = ['', '   ', 'a/b', 'a\\b', '.', '..', 'a\u0000b', 'tab\there', 'x'.repeat(256)];
    for (const name of bad)
      expect(createFolderInput.safeParse({ projectId: crypto.randomUUID(), name }).success).toBe(false);
    const good = createFolderInput.parse({
      projectId: crypto.randomUUID(),
      name: '  Café – 2024 (final).v2 ',
    });
    expect(good.name).toBe('Café – 2024 (final).v2');
  });

  it('nest at most 32 deep', async () => {
    const w = await seedWorld();
    let parentId: string | null = null;
    for (let depth = 1; depth <= maxFolderDepth; depth++) {
      const folder = await createFolder(scopeOf(w, 'contributor'), {
        projectId: w.projectId,
        parentId,
        name: `d${depth}`,
      });
      parentId = folder.id;
    }
    expect(
      await reasonOf(
        createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, parentId, name: 'too deep' }),
      ),
    ).toBe('FOLDER_TOO_DEEP');
    // Moving a 2-level tree under depth 31 would make depth 33.
    const top = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'top' });
    await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      parentId: top.id,
      name: 'child',
    });
    const at31 = (await em().findOneOrFail(Item, { name: 'd31', project: w.projectId })).id;
    expect(
      await reasonOf(updateFolder(scopeOf(w, 'contributor'), { folderId: top.id, parentId: at31 })),
    ).toBe('FOLDER_TOO_DEEP');
    const at30 = (await em().findOneOrFail(Item, { name: 'd30', project: w.projectId })).id;
    await updateFolder(scopeOf(w, 'contributor'), { folderId: top.id, parentId: at30 });
    const child = await em().findOneOrFail(Item, { name: 'child', project: w.projectId });
    expect(child.depth).toBe(32);
  });

  it('move, never into themselves or a descendant; rename keeps uniqueness', async () => {
    const w = await seedWorld();
    const c = () => scopeOf(w, 'contributor');
    const a = await createFolder(c(), { projectId: w.projectId, name: 'A' });
    const b = await createFolder(c(), { projectId: w.projectId, parentId: a.id, name: 'B' });
    const x = await createFolder(c(), { projectId: w.projectId, name: 'X' });
    expect(await reasonOf(updateFolder(c(), { folderId: a.id, parentId: a.id }))).toBe(
      'FOLDER_MOVE_INTO_ITSELF',
    );
    expect(await reasonOf(updateFolder(c(), { folderId: a.id, parentId: b.id }))).toBe(
      'FOLDER_MOVE_INTO_ITSELF',
    );
    expect(await reasonOf(updateFolder(c(), { folderId: x.id, name: 'a' }))).toBe('NAME_TAKEN');
    const moved = await updateFolder(c(), { folderId: x.id, parentId: b.id, name: 'Y' });
    expect(moved).toMatchObject({ parentId: b.id, name: 'Y' });
    expect((await em().findOneOrFail(Item, moved.id)).depth).toBe(3);
    expect(await updateFolder(c(), { folderId: b.id, name: 'b' })).toMatchObject({
      name: 'b',
      parentId: a.id,
    });
    const back = await updateFolder(c(), { folderId: moved.id, parentId: null, name: 'y' });
    expect(back).toMatchObject({ parentId: null, name: 'y' });
    expect((await em().findOneOrFail(Item, moved.id)).depth).toBe(1);
  });

  it('are deleted with everything inside by managers only', async () => {
    const w = await seedWorld();
    const a = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'A' });
    const b = await createFolder(scopeOf(w, 'contributor'), {
      projectId: w.projectId,
      parentId: a.id,
      name: 'B',
    });
    await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, parentId: b.id, name: 'C' });
    expect(await reasonOf(deleteFolder(scopeOf(w, 'contributor'), { folderId: a.id }))).toBe(
      'PERMISSION_DENIED',
    );
    expect(await reasonOf(deleteFolder(scopeOf(w, 'viewer'), { folderId: a.id }))).toBe('PERMISSION_DENIED');
    const gone = await deleteFolder(scopeOf(w, 'manager'), { folderId: a.id });
    expect(gone).toMatchObject({ id: a.id, name: 'A', folders: 2, assets: 0, bytes: 0 });
    expect(await em().count(Item, { project: w.projectId })).toBe(0);
    const event = await em().findOneOrFail(Event, { name: 'folder.deleted', organizationId: w.org.id });
    expect(event.payload).toEqual({
      folderId: a.id,
      projectId: w.projectId,
      name: 'A',
      folders: 2,
      assets: 0,
      bytes: 0,
    });
    expect(event).toMatchObject({ actorType: 'user', actorId: w.users.manager.id });
    expect(await reasonOf(deleteFolder(scopeOf(w, 'manager'), { folderId: a.id }))).toBe('ITEM_NOT_FOUND');
  });
});
