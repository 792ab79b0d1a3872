import { useQuery } from '@tanstack/react-query';
import { Mail } from 'lucide-react';
import { Avatar } from '../../components/ui/avatar';
import { Chip } from '../../components/ui/chip';
import { formatDate } from '../../lib/dates';
import {
  emailStatusLabels,
  emailStatusTones,
  expiryLabel,
  invitationStatusLabels,
  invitationStatusTones,
} from '../invitations/invitation-format';
import { meQuery } from '../auth/session';
import { roleLabels } from '../organizations/org-format';
import { InvitationRowMenu } from './invitation-row-menu';
import { MemberRowMenu } from './member-row-menu';
import type { RosterRow } from './roster-rows';

/** Who: a member's name and email, or the invited email and who invited it. */
export function PersonCell({ row }: { row: RosterRow }) {
  const myId = useQuery(meQuery()).data?.user.id;
  if (row.kind === 'member') {
    const { member } = row;
    return (
      <div className="flex min-w-0 items-center gap-3">
        <Avatar name={member.name} />
        <div className="min-w-0">
          <p className="flex items-center gap-1.5 font-medium text-zinc-900">
            <span className="truncate">{member.name}</span>
            {member.userId === myId && (
              <span className="shrink-0 text-xs font-normal text-zinc-500">(you)</span>
            )}
          </p>
          <p className="truncate text-zinc-500">{member.email}</p>
        </div>
      </div>
    );
  }
  const { invitation } = row;
  return (
    <div className="flex min-w-0 items-center gap-3">
      <span
        aria-hidden
        className="flex size-8 shrink-0 items-center justify-center rounded-full border border-dashed border-zinc-300 text-zinc-400"
      >
        <Mail className="size-4" />
      </span>
      <div className="min-w-0">
        <p className="truncate font-medium text-zinc-900">{invitation.email}</p>
        <p className="truncate text-zinc-500">
          {invitation.invitedBy ? `Invited by ${invitation.invitedBy.name}` : 'Invited'} ·{' '}
          {formatDate(invitation.createdAt)}
        </p>
      </div>
    </div>
  );
}

export function RoleCell({ row }: { row: RosterRow }) {
  const role = row.kind === 'member' ? row.member.role : row.invitation.role;
  return <span className="text-zinc-700">{roleLabels[role]}</span>;
}

/** A member is active; an invitation shows its state and its email's delivery. */
export function StatusCell({ row }: { row: RosterRow }) {
  if (row.kind === 'member') return <Chip tone="emerald">Active</Chip>;
  const { status, emailStatus } = row.invitation;
  return (
    <div className="flex flex-wrap gap-1.5">
      <Chip tone={invitationStatusTones[status]}>{invitationStatusLabels[status]}</Chip>
      {emailStatus && <Chip tone={emailStatusTones[emailStatus]}>{emailStatusLabels[emailStatus]}</Chip>}
    </div>
  );
}

/** When a member joined, or when an open invitation's link expires. */
export function DateCell({ row }: { row: RosterRow }) {
  if (row.kind === 'member')
    return <span className="text-zinc-600">Joined {formatDate(row.member.joinedAt)}</span>;
  const { status, expiresAt } = row.invitation;
  if (status !== 'pending' && status !== 'expired') return <span className="text-zinc-400">—</span>;
  return (
    <span className={status === 'expired' ? 'text-amber-700' : 'text-zinc-600'}>
      {expiryLabel(expiresAt)}
    </span>
  );
}

export function ActionsCell({ row }: { row: RosterRow }) {
  return row.kind === 'member' ? (
    <MemberRowMenu member={row.member} />
  ) : (
    <InvitationRowMenu invitation={row.invitation} />
  );
}
