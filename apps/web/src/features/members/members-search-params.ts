import { invitationStatuses, orgRoles, type InvitationStatus, type OrgRole } from '@roster/core/browser';

/** Which invitations the Invitations tab shows: one status, or all of them. */
export type InvitationFilter = InvitationStatus | 'all';
export const invitationFilters: readonly InvitationFilter[] = [...invitationStatuses, 'all'];

/**
 * The members page's URL: `?tab=invitations` (members otherwise), `?role=admin` on the Members
 * tab, `?status=expired` on the Invitations tab (pending otherwise). Unknown values are dropped.
 */
export interface MembersSearch {
  tab?: 'invitations';
  role?: OrgRole;
  status?: Exclude<InvitationFilter, 'pending'>;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T);

export function parseMembersSearch(search: Record<string, unknown>): MembersSearch {
  return {
    ...(search.tab === 'invitations' ? { tab: 'invitations' as const } : {}),
    ...(isOneOf(orgRoles, search.role) ? { role: search.role } : {}),
    ...(isOneOf(invitationFilters, search.status) && search.status !== 'pending'
      ? { status: search.status }
      : {}),
  };
}
