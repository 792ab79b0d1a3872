import { findOrgSeats, type EntityManager, type MembershipWithOrg } from '@roster/db';
import { DomainError } from '../errors.js';
import { planSeats } from '../organizations/constants.js';

/** Whether one more seat fits the organization's plan (members + pending invitations). */
export async function seatsAvailable(
  em: EntityManager,
  org: Pick<MembershipWithOrg['org'], 'id' | 'plan'>,
): Promise<boolean> {
  const limit = planSeats[org.plan];
  if (limit === null) return true;
  const { used } = await findOrgSeats(em, org.id);
  return used + 1 <= limit;
}

export function seatLimitReached(plan: MembershipWithOrg['org']['plan']): DomainError {
  return new DomainError(
    'SEAT_LIMIT_REACHED',
    `Every seat of the ${plan} plan is taken (members and pending invitations count).`,
    { limit: planSeats[plan] },
  );
}
