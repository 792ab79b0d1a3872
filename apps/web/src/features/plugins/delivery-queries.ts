import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';

export const deliveryPageSize = 20;

const inFlight = new Set(['pending', 'retrying']);

/** A webhook's deliveries, newest first, a page at a time. */
export const deliveriesQuery = (orgId: string, pluginId: string) =>
  trpc.plugin.deliveries.infiniteQueryOptions(
    { orgId, pluginId, limit: deliveryPageSize },
    {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      // Read again every few seconds while a delivery is still on its way (or being retried).
      refetchInterval: (query) =>
        query.state.data?.pages.some((page) => page.items.some((delivery) => inFlight.has(delivery.status)))
          ? 3_000
          : false,
    },
  );

/** Sends a delivery again (same event id); the log is read again to show the new attempt. */
export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.plugin.redeliver.mutationOptions({
      onSuccess: async () => {
        toast.success('Redelivery queued: the event is sent again with the same id');
        await queryClient.invalidateQueries({ queryKey: trpc.plugin.deliveries.pathKey() });
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
}
