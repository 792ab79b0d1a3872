import { WebhookDelivery } from '@roster/db';
import { DomainError } from '../errors.js';
import { assertCan } from '../permissions/assert.js';
import type { WebhookDeliveryDto } from '../plugins/schemas.js';
import type { Scope } from '../scope.js';
import { lastAttempts } from './attempts.js';
import { toWebhookDeliveryDto } from './dto.js';

export function deliveryNotFound(): DomainError {
  return new DomainError('DELIVERY_NOT_FOUND', 'This webhook delivery does not exist.');
}

/**
 * `plugin.redeliver` (owners and admins): sends a delivery's event again, with the same event id
 * (the receiver dedupes by it), whatever became of it. The delivery goes back to `pending` and a
 * new `webhook.deliver` job (its id made of the time asked) runs it; its attempts are marked as a
 * redelivery. Another organization's delivery is DELIVERY_NOT_FOUND. If the job cannot be queued,
 * the delivery keeps the state it had and the error is the caller's.
 */
export async function redeliver(scope: Scope, input: { deliveryId: string }): Promise<WebhookDeliveryDto> {
  assertCan(scope, 'plugin.manage');
  const { em, org, now, jobs } = scope;
  const where = { id: input.deliveryId, organization: org.id };
  const before = await em.findOne(WebhookDelivery, where, { disableIdentityMap: true });
  if (!before) throw deliveryNotFound();
  const pending = { status: 'pending' as const, nextAttemptAt: now, updatedAt: now };
  await em.nativeUpdate(WebhookDelivery, where, pending);
  try {
    await jobs.enqueue('webhook.deliver', { deliveryId: before.id, redelivery: now.getTime() });
  } catch (error) {
    await em.nativeUpdate(
      WebhookDelivery,
      { ...where, updatedAt: now },
      { status: before.status, nextAttemptAt: before.nextAttemptAt, updatedAt: before.updatedAt },
    );
    throw error;
  }
  const attempts = await lastAttempts(em, [before.id]);
  return toWebhookDeliveryDto(Object.assign(before, pending), attempts.get(before.id) ?? []);
}
