import type {
  StatsOverviewDto,
  StatsOverviewInput,
  StatsUsersDto,
  StatsUsersInput,
} from '@roster/core/browser';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { trpc, trpcClient } from '../../lib/trpc';
import { statsRefetchInterval } from './stats-format';

export const statsPageSize = 50;

type Page = { computedAt: string | null; nextCursor: string | null };
type Order<T> = { search: string; sort: NonNullable<T>; direction: 'asc' | 'desc' };

const inputOf = <T>(orgId: string, order: Order<T>) => ({
  orgId,
  limit: statsPageSize,
  sort: order.sort,
  order: order.direction,
  ...(order.search ? { search: order.search } : {}),
});

// The pages are fetched with the cursor here; the key is the procedure's, with the whole input.
const pages = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (page: Page) => page.nextCursor ?? undefined,
  // While another search or order loads, the previous rows stay on screen.
  placeholderData: keepPreviousData,
  // Every 3 seconds until the first computation is done, then every minute.
  refetchInterval: (query: { state: { data?: { pages: Page[] } } }) =>
    statsRefetchInterval(query.state.data?.pages[0]),
};

/** Pages of the Overview's projects, sorted and searched by the API; the organization's totals. */
export const overviewQuery = (orgId: string, order: Order<StatsOverviewInput['sort']>) => {
  const input = inputOf(orgId, order);
  return infiniteQueryOptions({
    queryKey: trpc.stats.overview.queryKey(input),
    queryFn: ({ pageParam }): Promise<StatsOverviewDto> =>
      trpcClient.stats.overview.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    ...pages,
  });
};

/** Pages of the Users tab's members, sorted and searched by the API. */
export const usersQuery = (orgId: string, order: Order<StatsUsersInput['sort']>) => {
  const input = inputOf(orgId, order);
  return infiniteQueryOptions({
    queryKey: trpc.stats.users.queryKey(input),
    queryFn: ({ pageParam }): Promise<StatsUsersDto> =>
      trpcClient.stats.users.query({ ...input, ...(pageParam ? { cursor: pageParam } : {}) }),
    ...pages,
  });
};
