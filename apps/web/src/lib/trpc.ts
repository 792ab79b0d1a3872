import type { AppRouter } from '@roster/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { queryClient } from './query-client';

/** The API at /trpc on the same origin (Vite proxies it in development): plain JSON, cookie session. */
export const trpcClient = createTRPCClient<AppRouter>({
  // At most 20 calls a request: the API refuses larger batches (maxBatchSize).
  links: [httpBatchLink({ url: '/trpc', maxURLLength: 4000, maxItems: 20 })],
});

/** `trpc.<domain>.<procedure>.queryOptions()/mutationOptions()/queryKey()` for TanStack Query. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type Me = NonNullable<RouterOutputs['auth']['me']>;
export type Org = RouterOutputs['org']['get'];
