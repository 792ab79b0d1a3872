import type { Invitation, Member } from './members-queries';

/** One row of the members table: a member, or an invitation not accepted yet. */
export type RosterRow =
  { kind: 'invitation'; id: string; invitation: Invitation } | { kind: 'member'; id: string; member: Member };

/**
 * Invitations first (they are few, and the members below load page by page), then members.
 * Accepted invitations are left out: their invitee is in the members. The search the server
 * applies to members is applied here to the invitations' emails.
 */
export function rosterRows(members: Member[], invitations: Invitation[], search: string): RosterRow[] {
  const needle = search.trim().toLowerCase();
  const open = invitations.filter(
    (i) => i.status !== 'accepted' && (!needle || i.email.toLowerCase().includes(needle)),
  );
  return [
    ...open.map((invitation) => ({
      kind: 'invitation' as const,
      id: `invitation:${invitation.id}`,
      invitation,
    })),
    ...members.map((member) => ({ kind: 'member' as const, id: `member:${member.userId}`, member })),
  ];
}
