import { randomUUID } from 'node:crypto';
import { Item, findContentPage } from '@roster/db';
import { describe, expect, it } from 'vitest';
import type { ContentSort, SortOrder } from '../vocabulary/content.js';
import { createFolder } from './create-folder.js';
import type { ItemDto } from './dto.js';
import { listContent } from './list.js';
import { em, reasonOf, scopeOf, seedWorld, useContentDb, type World } from './test-fixtures.js';

useContentDb();

/** Items written directly: many share a size or a date, and names repeat across folders in other cases. */
async function seedTies(w: World, parentId: string | null, depth: number, prefix: string) {
  const e = em();
  const date = new Date('2026-01-01T00:00:00Z');
  const rows = [];
  for (let i = 0; i < 23; i++) {
    const kind = i % 4 === 0 ? 'folder' : 'asset';
    const name = `${prefix}${['Alpha', 'beta', 'GAMMA'][i % 3]}-${Math.floor(i / 3)}`;
    rows.push({
      id: randomUUID(),
      organization: w.org.id,
      project: w.projectId,
      parent: parentId,
      kind,
      name,
      nameKey: name.toLowerCase(),
      depth: kind === 'folder' ? depth + 1 : depth,
      size: kind === 'folder' ? 0 : (i % 3) * 100,
      createdAt: new Date(date.getTime() + (i % 2) * 1000),
      updatedAt: date,
      ...(kind === 'asset' ? { contentType: 'text/plain', sha256: 'd'.repeat(64) } : {}),
    } as const);
  }
  await e.insertMany(Item, rows);
}

async function walk(
  w: World,
  input: { folderId?: string | null; search?: string; sort: ContentSort; order: SortOrder },
) {
  const seen: ItemDto[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const page = await listContent(scopeOf(w, 'viewer'), {
      projectId: w.projectId,
      ...input,
      cursor,
      limit: 4,
    });
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

describe(`listing (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('pages through ties in every sort and order: the same items as one page, folders first, no repeats', async () => {
    const w = await seedWorld();
    const parent = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'Sub' });
    await seedTies(w, null, 0, '');
    await seedTies(w, parent.id, 1, '');
    for (const sort of ['name', 'size', 'date'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        for (const where of [{ folderId: null }, { folderId: parent.id }, { search: 'ALPHA' }]) {
          const paged = await walk(w, { ...where, sort, order });
          const whole = await listContent(scopeOf(w, 'viewer'), {
            projectId: w.projectId,
            ...where,
            sort,
            order,
            limit: 200,
          });
          expect(paged.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
          // The same as each kind's page asked for on its own, folders then assets.
          const byKind = await Promise.all(
            (['folder', 'asset'] as const).map((kind) =>
              findContentPage(em(), {
                projectId: w.projectId,
                kind,
                parentId: where.folderId ?? null,
                search: where.search?.toLowerCase(),
                sort,
                order,
                limit: 200,
              }),
            ),
          );
          expect(whole.items.map((i) => i.id)).toEqual(byKind.flat().map((r) => r.id));
          expect(new Set(paged.map((i) => i.id)).size).toBe(paged.length);
          const kinds = paged.map((i) => i.kind);
          expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'folder' ? -1 : 1)));
          if (sort === 'size') {
            const sizes = paged.flatMap((i) => (i.kind === 'asset' ? [i.size] : []));
            expect(sizes).toEqual([...sizes].sort((a, b) => (order === 'asc' ? a - b : b - a)));
          }
        }
      }
    }
    const root = await walk(w, { folderId: null, sort: 'name', order: 'asc' });
    expect(root.length).toBe(24);
    const search = await walk(w, { search: 'alpha', sort: 'name', order: 'asc' });
    expect(search.length).toBe(16);
    expect(search.every((i) => i.name.includes('Alpha'))).toBe(true);
  });

  it('search matches % and _ literally; a cursor of another sort or a forged one is refused', async () => {
    const w = await seedWorld();
    await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: '100% done_1' });
    await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: '100 done' });
    const hits = await listContent(scopeOf(w, 'viewer'), { projectId: w.projectId, search: '0%' });
    expect(hits.items.map((i) => i.name)).toEqual(['100% done_1']);
    expect(hits.folder).toBeNull();
    const first = await listContent(scopeOf(w, 'viewer'), { projectId: w.projectId, limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    expect(
      await reasonOf(
        listContent(scopeOf(w, 'viewer'), {
          projectId: w.projectId,
          cursor: first.nextCursor!,
          sort: 'size',
        }),
      ),
    ).toBe('INVALID_INPUT');
    for (const cursor of [
      'x',
      Buffer.from('["name","asc","folder","\\u0000","a"]').toString('base64url'),
      '',
    ]) {
      if (cursor)
        expect(await reasonOf(listContent(scopeOf(w, 'viewer'), { projectId: w.projectId, cursor }))).toBe(
          'INVALID_INPUT',
        );
    }
  });
});
