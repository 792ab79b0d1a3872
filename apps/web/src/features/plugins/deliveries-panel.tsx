import { useInfiniteQuery } from '@tanstack/react-query';
import { CloudOff, Send } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Skeleton } from '../../components/ui/skeleton';
import { readApiError } from '../../lib/api-error';
import { DeliveryItem } from './delivery-item';
import { deliveriesQuery, useRedeliver } from './delivery-queries';
import type { Plugin } from './plugin-queries';

/** A webhook's delivery log: newest first, a page at a time, each with its attempts and "Redeliver". */
export function DeliveriesPanel({ orgId, plugin, id }: { orgId: string; plugin: Plugin; id: string }) {
  const deliveries = useInfiniteQuery(deliveriesQuery(orgId, plugin.id));
  const redeliver = useRedeliver();
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];

  let body;
  if (deliveries.isPending)
    body = (
      <div role="status" aria-label="Loading deliveries" className="space-y-3 px-4 py-4 sm:px-5">
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  else if (deliveries.isError)
    body = (
      <div className="flex flex-wrap items-center gap-3 px-4 py-4 text-sm text-zinc-700 sm:px-5">
        <CloudOff aria-hidden className="size-4 text-zinc-500" />
        <span>Deliveries could not be loaded: {readApiError(deliveries.error).message}</span>
        <Button
          variant="secondary"
          size="sm"
          loading={deliveries.isFetching}
          onClick={() => void deliveries.refetch()}
        >
          Try again
        </Button>
      </div>
    );
  else if (items.length === 0)
    body = (
      <div className="flex items-start gap-3 px-4 py-5 text-sm text-zinc-600 sm:px-5">
        <Send aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-500" />
        <p>No deliveries yet — events are sent when something changes.</p>
      </div>
    );
  else
    body = (
      <>
        <ul aria-label={`Deliveries of ${plugin.name}`} className="divide-y divide-zinc-100">
          {items.map((delivery) => (
            <DeliveryItem
              key={delivery.id}
              delivery={delivery}
              redelivering={redeliver.isPending && redeliver.variables.deliveryId === delivery.id}
              onRedeliver={() => redeliver.mutate({ orgId, deliveryId: delivery.id })}
            />
          ))}
        </ul>
        {deliveries.hasNextPage && (
          <div className="border-t border-zinc-100 px-4 py-3 text-center sm:px-5">
            <Button
              variant="secondary"
              size="sm"
              loading={deliveries.isFetchingNextPage}
              onClick={() => void deliveries.fetchNextPage()}
            >
              Load more
            </Button>
          </div>
        )}
      </>
    );

  return (
    <section
      id={id}
      aria-label={`Delivery log of ${plugin.name}`}
      className="border-t border-zinc-100 bg-zinc-50/60"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-3 sm:px-5">
        <h3 className="text-sm font-semibold text-zinc-900">Delivery log</h3>
        <Button
          variant="ghost"
          size="sm"
          loading={deliveries.isRefetching && !deliveries.isFetchingNextPage}
          onClick={() => void deliveries.refetch()}
        >
          Refresh
        </Button>
      </div>
      {body}
    </section>
  );
}
