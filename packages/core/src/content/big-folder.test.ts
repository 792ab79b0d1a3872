import { contentPageSql, contentPagesSql, dialectOf, type EntityManager } from '@roster/db';
import { describe, expect, it } from 'vitest';
import { createFolder } from './create-folder.js';
import { getFolder } from './get-folder.js';
import { listContent } from './list.js';
import { db, em, scopeOf, seedWorld, useContentDb } from './test-fixtures.js';

useContentDb();
const count = Number(process.env.BIG_COUNT ?? 100_000);
const postgres = () => dialectOf(db.database) === 'postgresql';

/** `count` assets in one folder, written by one INSERT … SELECT over a recursive counter. */
async function seedAssets(e: EntityManager, orgId: string, projectId: string, folderId: string) {
  const id = postgres()
    ? 'gen_random_uuid()'
    : `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' ||
        substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
  const now = postgres() ? 'now()' : `cast(strftime('%s', 'now') as integer) * 1000`;
  await e.execute(
    `insert into items (id, created_at, updated_at, organization_id, project_id, parent_id, kind, name, name_key, depth,
        size, content_type, sha256)
     with recursive n(i) as (select 1 union all select i + 1 from n where i < ${count})
     select ${id}, ${now}, ${now}, ?, ?, ?, 'asset', 'File ' || i, 'file ' || i, 1, i % 1000, 'text/plain', ?
       from n`,
    [orgId, projectId, folderId, 'e'.repeat(64)],
  );
}

/** The query plan of a listing page: the indexes it uses and whether it sorts. */
async function plan(e: EntityManager, sql: string, params: unknown[]): Promise<string> {
  if (postgres()) {
    const rows = await e.execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  const rows = await e.execute<{ detail: string }[]>(`explain query plan ${sql}`, params);
  return rows.map((r) => r.detail).join('\n');
}

describe(`a folder of ${count.toLocaleString('en')} assets (${process.env.TEST_DATABASE ?? 'sqlite'})`, () => {
  it('pages by keyset over the listing indexes, never sorting the folder', async () => {
    const w = await seedWorld();
    const folder = await createFolder(scopeOf(w, 'contributor'), { projectId: w.projectId, name: 'Huge' });
    await seedAssets(em(), w.org.id, w.projectId, folder.id);
    if (postgres()) await em().execute('analyze items');

    const first = await listContent(scopeOf(w, 'viewer'), {
      projectId: w.projectId,
      folderId: folder.id,
      limit: 200,
    });
    expect(first.items).toHaveLength(200);
    const second = await listContent(scopeOf(w, 'viewer'), {
      projectId: w.projectId,
      folderId: folder.id,
      limit: 200,
      cursor: first.nextCursor!,
    });
    expect(second.items).toHaveLength(200);
    const names = [...first.items, ...second.items].map((i) => i.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const bySize = await listContent(scopeOf(w, 'viewer'), {
      projectId: w.projectId,
      folderId: folder.id,
      sort: 'size',
      order: 'desc',
      limit: 5,
    });
    expect(bySize.items.map((i) => (i.kind === 'asset' ? i.size : -1))).toEqual(
      count >= 5000 ? [999, 999, 999, 999, 999] : bySize.items.map(() => 999).fill(998, 2),
    );

    for (const sort of ['name', 'size', 'date'] as const) {
      const last = second.items.at(-1)!;
      const { sql, params } = contentPageSql(em(), {
        projectId: w.projectId,
        kind: 'asset',
        parentId: folder.id,
        sort,
        order: 'asc',
        after: {
          value: sort === 'name' ? last.name.toLowerCase() : sort === 'size' ? 500 : 0,
          id: last.id,
        },
        limit: 201,
      });
      const text = await plan(em(), sql, params);
      expect(text).toContain(`items_list_${sort}_index`);
      expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY|\bSort\b/);
    }

    // A first page asks for folders and assets with the folder's path in one statement: each part
    // walks its index; what is sorted is a few rows (the parts' merge), never the folder.
    for (const sort of ['name', 'size', 'date'] as const) {
      const { sql, params } = contentPagesSql(
        em(),
        (['folder', 'asset'] as const).map((kind) => ({
          projectId: w.projectId,
          kind,
          parentId: folder.id,
          sort,
          order: 'asc' as const,
          limit: 201,
        })),
        { projectId: w.projectId, folderId: folder.id },
      );
      const text = await plan(em(), sql, params);
      expect(text).toContain(`items_list_${sort}_index`);
      if (postgres()) {
        const sorted = [...text.matchAll(/\bSort {2}\(cost=\S+ rows=(\d+)/g)].map((m) => Number(m[1]));
        expect(Math.max(...sorted)).toBeLessThan(1000);
      } else expect(text.match(/TEMP B-TREE FOR ORDER BY/g)).toHaveLength(1);
    }

    expect(await getFolder(scopeOf(w, 'viewer'), { folderId: folder.id })).toMatchObject({
      assets: count,
      folders: 0,
    });
    const found = await listContent(scopeOf(w, 'viewer'), { projectId: w.projectId, search: 'file 9999' });
    expect(found.items.map((i) => i.name).sort()).toEqual([
      'File 9999',
      'File 99990',
      'File 99991',
      'File 99992',
      'File 99993',
      'File 99994',
      'File 99995',
      'File 99996',
      'File 99997',
      'File 99998',
      'File 99999',
    ]);
  }, 120_000);
});
