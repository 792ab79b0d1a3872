import type { Invitation } from './members-queries';
import type { InvitationFilter } from './members-search-params';

/** Pending invitations: the ones that hold a seat, counted in the Invitations tab's label. */
export function pendingCount(invitations: Invitation[]): number {
  return invitations.filter((i) => i.status === 'pending').length;
}

/**
 * The Invitations tab's rows: those with the chosen status (or all), whose email contains the
 * search, ignoring case. The API's order is kept: newest first, one batch by email.
 */
export function filterInvitations(
  invitations: Invitation[],
  status: InvitationFilter,
  search: string,
): Invitation[] {
  const needle = search.trim().toLowerCase();
  return invitations.filter(
    (i) => (status === 'all' || i.status === status) && (!needle || i.email.toLowerCase().includes(needle)),
  );
}
