import type { EntityManager } from '../orm.js';
import {
  contentPageSql,
  findContentPage,
  itemColumns,
  sortColumn,
  toItemRow,
  type ContentPageQuery,
  type ItemRow,
  type RawItemRow,
} from './content-page.js';

/** A folder on the path to the one listed. */
export interface FolderLink {
  id: string;
  name: string;
  depth: number;
}

export interface ContentPages {
  /** The folder's chain from the root down to itself; [] when no folder was asked or it is not one. */
  chain: FolderLink[];
  /** Each query's rows, in its order. */
  pages: ItemRow[][];
}

/** A folder of the project (never another project's, never an asset) and the folders above it. */
const chainCte = `with recursive chain(id, parent_id) as (
    select id, parent_id from items where id = ? and project_id = ? and kind = 'folder'
    union all
    select i.id, i.parent_id from items i join chain c on i.id = c.parent_id
  )`;

type Row = RawItemRow & { part__: number | string; depth__?: number | string | null };

/**
 * Several pages in one round trip (a folder's folders, then its assets), each as `findContentPage`
 * runs it, with its own keyset and limit; given `folder`, the folder's chain in the same statement
 * (what `findFolderChain` answers, limited to a folder of that project).
 */
export async function findContentPages(
  em: EntityManager,
  queries: readonly ContentPageQuery[],
  folder?: { projectId: string; folderId: string },
): Promise<ContentPages> {
  if (queries.length === 1 && !folder) return { chain: [], pages: [await findContentPage(em, queries[0]!)] };
  const { sql, params } = contentPagesSql(em, queries, folder);
  const rows = await em.execute<Row[]>(sql, params);
  const chain: FolderLink[] = [];
  const pages: ItemRow[][] = queries.map(() => []);
  for (const row of rows) {
    const part = Number(row.part__);
    if (part < 0) chain.push({ id: row.id, name: row.name, depth: Number(row.depth__) });
    else pages[part]!.push(toItemRow(row));
  }
  return { chain, pages };
}

/**
 * The statement `findContentPages` runs (for EXPLAIN in tests): the pages' own statements, and the
 * chain, in one union ordered by part then by each part's own keys (null for the other parts' rows).
 */
export function contentPagesSql(
  em: EntityManager,
  queries: readonly ContentPageQuery[],
  folder?: { projectId: string; folderId: string },
): { sql: string; params: unknown[] } {
  const parts = queries.map((query, n) => ({ query, n, ...contentPageSql(em, query) }));
  const depth = folder ? ', null as depth__' : '';
  const selects = parts.map(({ sql, n }) => `select p${n}.*, ${n} as part__${depth} from (${sql}) p${n}`);
  if (folder)
    selects.unshift(`select ${itemColumns}, -1 as part__, i.depth as depth__
      from chain c join items i on i.id = c.id left join users u on u.id = i.created_by_id`);
  const keys = parts.flatMap(({ query, n }) => {
    const direction = query.order === 'desc' ? 'desc' : 'asc';
    return [
      `case when part__ = ${n} then ${sortColumn(query.sort, query.kind)} end ${direction}`,
      `case when part__ = ${n} then id end ${direction}`,
    ];
  });
  if (folder) keys.unshift('case when part__ = -1 then depth__ end');
  return {
    sql: `${folder ? chainCte : ''} select * from (${selects.join(' union all ')}) listing
      order by part__, ${keys.join(', ')}`,
    params: [
      ...(folder ? [folder.folderId, folder.projectId] : []),
      ...parts.flatMap(({ params }) => params),
    ],
  };
}
