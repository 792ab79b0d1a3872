import { WebhookAttempt, type EntityManager } from '@roster/db';

/** Attempts shown per delivery in the log. */
export const attemptLogLength = 20;

/** The last `attemptLogLength` attempts of each delivery, newest first: one query. */
export async function lastAttempts(
  em: EntityManager,
  deliveryIds: string[],
): Promise<Map<string, WebhookAttempt[]>> {
  const byDelivery = new Map<string, WebhookAttempt[]>();
  if (deliveryIds.length === 0) return byDelivery;
  const newer =
    '(select count(*) from webhook_attempts n where n.delivery_id = a.delivery_id' +
    ' and (n.started_at > a.started_at or (n.started_at = a.started_at and n.id > a.id)))';
  const attempts = await em
    .createQueryBuilder(WebhookAttempt, 'a')
    .select('*')
    .where({ delivery: { $in: deliveryIds } })
    .andWhere(`${newer} < ?`, [attemptLogLength])
    .orderBy({ startedAt: 'desc', id: 'desc' })
    .getResultList();
  for (const attempt of attempts) {
    const id = attempt.delivery.id;
    byDelivery.set(id, [...(byDelivery.get(id) ?? []), attempt]);
  }
  return byDelivery;
}
