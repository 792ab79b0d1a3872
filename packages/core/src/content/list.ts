import { findContentPages, sortColumn, type ItemRow } from '@roster/db';
import { assertCanInProject, loadProject } from '../projects/load.js';
import type { Scope } from '../scope.js';
import { defaultContentPageSize, itemKinds, nameKeyOf } from '../vocabulary/content.js';
import { decodeCursor, encodeCursor, type ContentCursor } from './cursor.js';
import type { ContentPageDto } from './dto.js';
import { itemNotFound } from './errors.js';
import type { ListContentInput } from './schemas.js';
import { toItemDto } from './to-dto.js';

function sortValue(row: ItemRow, column: ReturnType<typeof sortColumn>): string | number {
  if (column === 'created_at') return row.createdAt.getTime();
  return column === 'size' ? row.size : row.nameKey;
}

/**
 * One page of a folder (or of a project-wide search by name): folders first, then assets, each in
 * keyset order, so that every page of a folder of 100,000 items costs what the first one does.
 */
export async function listContent(scope: Scope, input: ListContentInput): Promise<ContentPageDto> {
  const loaded = await loadProject(scope, input.projectId);
  assertCanInProject(loaded, 'content.read');
  const { em } = scope;
  const sort = input.sort ?? 'name';
  const order = input.order ?? 'asc';
  const limit = input.limit ?? defaultContentPageSize;
  const search = input.search?.trim() ? nameKeyOf(input.search.trim()) : undefined;
  const cursor = input.cursor ? decodeCursor(input.cursor, sort, order) : undefined;
  // Folders first, then assets: a cursor past the folders asks for assets alone. Every kind's page
  // comes in one round trip with the folder's path, each as long as the whole page could be; what
  // the earlier kinds fill leaves the rest to the later ones.
  const folderId = search === undefined ? (input.folderId ?? null) : null;
  const kinds = cursor ? itemKinds.slice(itemKinds.indexOf(cursor.kind)) : itemKinds;
  const { chain, pages } = await findContentPages(
    em,
    kinds.map((kind) => ({
      projectId: input.projectId,
      kind,
      parentId: folderId,
      search,
      sort,
      order,
      after: cursor?.kind === kind ? { value: cursor.value, id: cursor.id } : undefined,
      limit: limit + 1,
    })),
    folderId ? { projectId: input.projectId, folderId } : undefined,
  );
  // Not a folder of this project (another project's, an asset's id, none).
  if (folderId && chain.length === 0) throw itemNotFound('folder');
  const folder = chain.at(-1) ?? null;
  const rows: ItemRow[] = [];
  let next: ContentCursor | null = null;
  for (const page of pages) {
    const remaining = limit - rows.length;
    rows.push(...page.slice(0, remaining));
    if (page.length > remaining) {
      const last = rows[rows.length - 1]!;
      next = {
        sort,
        order,
        kind: last.kind,
        value: sortValue(last, sortColumn(sort, last.kind)),
        id: last.id,
      };
      break;
    }
  }
  return {
    items: rows.map(toItemDto),
    nextCursor: next ? encodeCursor(next) : null,
    folder: folder
      ? { id: folder.id, name: folder.name, path: chain.slice(0, -1).map(({ id, name }) => ({ id, name })) }
      : null,
    role: loaded.role,
  };
}
