import type { OrgRole, Plan } from '@roster/core/browser';

export const roleLabels: Record<OrgRole, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

export const roleDescriptions: Record<OrgRole, string> = {
  owner: 'You have full control of this organization, including transferring ownership.',
  admin: 'You can rename the organization, change its settings and manage its members.',
  member: 'You can see the organization and its members. Owners and admins manage it.',
};

export const planLabels: Record<Plan, string> = { free: 'Free', team: 'Team', enterprise: 'Enterprise' };

export interface Seats {
  used: number;
  limit: number | null;
}

/** "3 / 5", or "3 / Unlimited" when the plan has no seat limit. */
export function seatsLabel({ used, limit }: Seats): string {
  return `${used} / ${limit ?? 'Unlimited'}`;
}

/** How full the organization is, from 0 to 1; null when seats are unlimited. */
export function seatsUsage({ used, limit }: Seats): number | null {
  if (limit === null) return null;
  if (limit <= 0) return 1;
  return Math.min(1, Math.max(0, used / limit));
}

/** "4 seats left", "1 seat left", "No seats left" or "Unlimited seats". */
export function seatsLeftLabel({ used, limit }: Seats): string {
  if (limit === null) return 'Unlimited seats';
  const left = Math.max(0, limit - used);
  if (left === 0) return 'No seats left';
  return `${left} ${left === 1 ? 'seat' : 'seats'} left`;
}

/** The switcher's line: "Team · 12/50 seats", "Enterprise · 120 seats" when unlimited. */
export function planAndSeatsLabel({ plan, seats }: { plan: Plan; seats: Seats }): string {
  const count = seats.limit === null ? `${seats.used}` : `${seats.used}/${seats.limit}`;
  const noun = (seats.limit ?? seats.used) === 1 ? 'seat' : 'seats';
  return `${planLabels[plan]} · ${count} ${noun}`;
}

/** "You own 2 of 3 organizations". */
export function ownedOrgsLabel({ count, limit }: { count: number; limit: number }): string {
  return `You own ${count} of ${limit} ${limit === 1 ? 'organization' : 'organizations'}`;
}
