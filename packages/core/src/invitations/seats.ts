import { findOrgSeats, type EntityManager } from '@roster/db';
import { DomainError } from '../errors.js';
import type { ScopeOrg } from '../scope.js';

/** How many seats the organization has left (members + pending invitations count); Infinity if unlimited. */
export async function seatsLeft(em: EntityManager, org: Pick<ScopeOrg, 'id' | 'limits'>): Promise<number> {
  const limit = org.limits.seats;
  if (limit === null) return Number.POSITIVE_INFINITY;
  return limit - (await findOrgSeats(em, org.id)).used;
}

/** Refusal once every one of the organization's `limit` seats is taken. */
export function seatLimitReached(limit: number): DomainError {
  return new DomainError(
    'SEAT_LIMIT_REACHED',
    `All ${limit} seats of this organization are taken (members and pending invitations count).`,
    { limit },
  );
}
