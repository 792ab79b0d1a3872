import {
  statsProjectSorts,
  statsUserSorts,
  type StatsProjectSort,
  type StatsUserSort,
} from '@roster/core/browser';

export type StatsTab = 'overview' | 'users';
export type SortDirection = 'asc' | 'desc';

/**
 * The statistics page's URL: `?tab=users` (the Overview otherwise), `?q=` a search, `?sort=uploads`
 * and `?dir=desc` (each tab's default order otherwise: by name, A to Z). The sort is checked against
 * the tab's columns; unknown values are dropped.
 */
export interface StatisticsSearch {
  tab?: 'users';
  q?: string;
  sort?: StatsProjectSort | StatsUserSort;
  dir?: SortDirection;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T);

export function parseStatisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  const tab: StatsTab = search.tab === 'users' ? 'users' : 'overview';
  const sorts: readonly string[] = tab === 'users' ? statsUserSorts : statsProjectSorts;
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const sort = isOneOf(sorts, search.sort) && search.sort !== 'name' ? search.sort : undefined;
  const dir = search.dir === 'asc' || search.dir === 'desc' ? search.dir : undefined;
  const result: StatisticsSearch = {
    ...(tab === 'users' ? { tab } : {}),
    ...(q ? { q } : {}),
    ...(sort ? { sort: sort as StatisticsSearch['sort'] } : {}),
  };
  // The direction is kept only when it is not the column's own first one.
  if (dir && dir !== firstDirection(sort ?? 'name')) result.dir = dir;
  return result;
}

/** Names (and email, role) read A to Z first; counts, sizes and dates largest or latest first. */
export function firstDirection(sort: string): SortDirection {
  return sort === 'name' || sort === 'email' || sort === 'role' ? 'asc' : 'desc';
}

/** The order the API is asked for: the URL's, or by name A to Z. */
export function orderOf(search: StatisticsSearch): { sort: string; direction: SortDirection } {
  const sort = search.sort ?? 'name';
  return { sort, direction: search.dir ?? firstDirection(sort) };
}

/**
 * The URL after a click on a column's header: the sorted column again turns the order around,
 * another column sorts by it in its own first direction. The search stays; defaults are left out.
 */
export function sortedBy(search: StatisticsSearch, sort: string): StatisticsSearch {
  const current = orderOf(search);
  const direction =
    current.sort === sort ? (current.direction === 'asc' ? 'desc' : 'asc') : firstDirection(sort);
  return withOrder(search, sort, direction);
}

/** The URL with this order (from the sort menu on a phone); defaults are left out. */
export function withOrder(
  search: StatisticsSearch,
  sort: string,
  direction: SortDirection,
): StatisticsSearch {
  const { sort: _sort, dir: _dir, ...rest } = search;
  return {
    ...rest,
    ...(sort === 'name' ? {} : { sort: sort as StatisticsSearch['sort'] }),
    ...(direction === firstDirection(sort) ? {} : { dir: direction }),
  };
}

/** The URL with this search (none when empty), the tab and order kept. */
export function withQuery(search: StatisticsSearch, q: string): StatisticsSearch {
  const { q: _previous, ...rest } = search;
  return q ? { ...rest, q } : rest;
}
