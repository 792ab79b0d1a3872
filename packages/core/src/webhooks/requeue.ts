import { WebhookDelivery, type EntityManager } from '@roster/db';
import type { JobQueue } from '../jobs/queue.js';

/**
 * The sweep's part for webhooks: a delivery still owed (pending, or retrying past its next
 * attempt's time) for `olderThanMs` whose job is gone — a job given up by BullMQ after its worker
 * died twice in it, or lost with Redis — gets a new `webhook.deliver` job. At least once: the
 * receiver dedupes by event id. Returns how many it enqueued.
 */
export async function requeueWebhookDeliveries(
  em: EntityManager,
  jobs: JobQueue,
  { olderThanMs = 60_000, limit = 500 }: { olderThanMs?: number; limit?: number } = {},
): Promise<number> {
  const before = new Date(Date.now() - olderThanMs);
  const owed = await em.find(
    WebhookDelivery,
    {
      $or: [
        { status: 'pending', updatedAt: { $lt: before } },
        { status: 'retrying', nextAttemptAt: { $lt: before } },
      ],
    },
    { fields: ['id'], orderBy: { createdAt: 'asc' }, limit, disableIdentityMap: true },
  );
  let enqueued = 0;
  for (const { id } of owed) {
    if (await jobs.willRun('webhook.deliver', { deliveryId: id })) continue;
    await jobs.removeFinished('webhook.deliver', { deliveryId: id });
    await jobs.enqueue('webhook.deliver', { deliveryId: id });
    enqueued += 1;
  }
  return enqueued;
}
