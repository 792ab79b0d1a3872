import { findOrgSeats, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';
import { planSeats } from '../vocabulary/plans.js';

/** How many seats the plan has left (members + pending invitations count); Infinity if unlimited. */
export async function seatsLeft(
  em: EntityManager,
  org: Pick<MembershipWithOrg['org'], 'id' | 'plan'>,
): Promise<number> {
  const limit = planSeats[org.plan];
  if (limit === null) return Number.POSITIVE_INFINITY;
  return limit - (await findOrgSeats(em, org.id)).used;
}

export function seatLimitReached(plan: MembershipWithOrg['org']['plan']): DomainError {
  return new DomainError(
    'SEAT_LIMIT_REACHED',
    `Every seat of the ${plan} plan is taken (members and pending invitations count).`,
    { limit: planSeats[plan] },
  );
}
