import { isUuid } from './content-ids';

export type ContentSort = 'name' | 'size' | 'date';
export type SortOrder = 'asc' | 'desc';
const sorts: readonly ContentSort[] = ['name', 'size', 'date'];

/**
 * A project page's URL: `?tab=members` (the content otherwise); on the Content tab `?folder=<id>`
 * (the project's root otherwise), `?q=` a search through the whole project, `?sort=size&order=desc`
 * (by name, ascending, otherwise). Unknown values are dropped.
 */
export interface ProjectSearch {
  tab?: 'members';
  folder?: string;
  q?: string;
  sort?: Exclude<ContentSort, 'name'>;
  order?: 'desc';
}

export function parseProjectSearch(search: Record<string, unknown>): ProjectSearch {
  const sort = sorts.find((value) => value === search.sort && value !== 'name');
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 255) : '';
  return {
    ...(search.tab === 'members' ? { tab: 'members' as const } : {}),
    ...(typeof search.folder === 'string' && isUuid(search.folder) ? { folder: search.folder } : {}),
    ...(q ? { q } : {}),
    ...(sort ? { sort: sort as Exclude<ContentSort, 'name'> } : {}),
    ...(search.order === 'desc' ? { order: 'desc' as const } : {}),
  };
}

/** The listing's order as the API takes it. */
export function sortOf(search: ProjectSearch): { sort: ContentSort; order: SortOrder } {
  return { sort: search.sort ?? 'name', order: search.order ?? 'asc' };
}

/** The URL's search for a sort: the defaults (name, ascending) are left out. */
export function sortSearch(sort: ContentSort, order: SortOrder): Pick<ProjectSearch, 'sort' | 'order'> {
  return { ...(sort === 'name' ? {} : { sort }), ...(order === 'desc' ? { order } : {}) };
}
