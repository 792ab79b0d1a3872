import type { ItemKind } from '../entities/item.entity.js';
import type { EntityManager } from '../orm.js';
import { toDate } from './dates.js';
import { dateParam } from './org-seats.js';

/** An item as listings show it, with the name of whoever made it. */
export interface ItemRow {
  id: string;
  kind: ItemKind;
  projectId: string;
  parentId: string | null;
  name: string;
  nameKey: string;
  size: number;
  contentType: string | null;
  sha256: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdById: string | null;
  createdByName: string | null;
}

export type ContentSortColumn = 'name' | 'size' | 'date';

export interface ContentPageQuery {
  projectId: string;
  /** One kind per query: folders and assets are listed one after the other. */
  kind: ItemKind;
  /** The folder listed (null: the root); ignored when `search` is set. */
  parentId: string | null;
  /** Matches `name_key` anywhere (give it case-folded); the whole project. */
  search?: string;
  sort: ContentSortColumn;
  order: 'asc' | 'desc';
  /** The sort value and id of the last row of the previous page (keyset). */
  after?: { value: string | number; id: string };
  limit: number;
}

/** The column a sort orders by: folders have no size, so "by size" lists them by name. */
export function sortColumn(sort: ContentSortColumn, kind: ItemKind): 'name_key' | 'size' | 'created_at' {
  if (sort === 'date') return 'created_at';
  return sort === 'size' && kind === 'asset' ? 'size' : 'name_key';
}

/** `%`, `_` and `\` typed by a person are matched literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of one kind of a folder's items (or of a project-wide search), in keyset order: a
 * row-value comparison on (sort column, id) that the listing indexes
 * (project_id, parent_id, kind, column, id) answer without skipping, so page 1,000 of a folder of
 * 100,000 items costs what page 1 does.
 */
export async function findContentPage(em: EntityManager, query: ContentPageQuery): Promise<ItemRow[]> {
  const { sql, params } = contentPageSql(em, query);
  const rows = await em.execute<RawItemRow[]>(sql, params);
  return rows.map(toItemRow);
}

/** The statement `findContentPage` runs (for EXPLAIN in tests and the bench's baseline). */
export function contentPageSql(
  em: EntityManager,
  query: ContentPageQuery,
): { sql: string; params: unknown[] } {
  const column = sortColumn(query.sort, query.kind);
  const where = ['i.project_id = ?', 'i.kind = ?'];
  const params: unknown[] = [query.projectId, query.kind];
  if (query.search !== undefined) {
    where.push(`i.name_key like ? escape '\\'`);
    params.push(likeContains(query.search));
  } else if (query.parentId === null) {
    where.push('i.parent_id is null');
  } else {
    where.push('i.parent_id = ?');
    params.push(query.parentId);
  }
  const direction = query.order === 'desc' ? 'desc' : 'asc';
  if (query.after) {
    where.push(`(i.${column}, i.id) ${direction === 'asc' ? '>' : '<'} (?, ?)`);
    const value =
      column === 'created_at' ? dateParam(em, new Date(Number(query.after.value))) : query.after.value;
    params.push(value, query.after.id);
  }
  const sql = `select ${itemColumns} from items i left join users u on u.id = i.created_by_id
      where ${where.join(' and ')} order by i.${column} ${direction}, i.id ${direction} limit ?`;
  return { sql, params: [...params, query.limit] };
}

export const itemColumns = `i.id, i.kind, i.project_id, i.parent_id, i.name, i.name_key, i.size, i.content_type,
  i.sha256, i.created_at, i.updated_at, i.created_by_id, u.name as created_by_name`;

export interface RawItemRow {
  id: string;
  kind: ItemKind;
  project_id: string;
  parent_id: string | null;
  name: string;
  name_key: string;
  size: number | string;
  content_type: string | null;
  sha256: string | null;
  created_at: Date | number | string;
  updated_at: Date | number | string;
  created_by_id: string | null;
  created_by_name: string | null;
}

export function toItemRow(r: RawItemRow): ItemRow {
  return {
    id: r.id,
    kind: r.kind,
    projectId: r.project_id,
    parentId: r.parent_id,
    name: r.name,
    nameKey: r.name_key,
    size: Number(r.size),
    contentType: r.content_type,
    sha256: r.sha256,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
    createdById: r.created_by_id,
    createdByName: r.created_by_name,
  };
}
