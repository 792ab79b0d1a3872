import { Mail } from 'lucide-react';
import { Chip } from '../../components/ui/chip';
import { formatDate } from '../../lib/dates';
import { roleLabels } from '../organizations/org-format';
import {
  emailStatusLabels,
  emailStatusTones,
  expiryLabel,
  invitationStatusLabels,
  invitationStatusTones,
} from '../invitations/invitation-format';
import type { Invitation } from './members-queries';

/**
 * The invited email and who invited it; below 640 px the role, below 768 px the status and below
 * 1280 px the expiry fold in under them.
 */
export function InvitationPersonCell({ invitation }: { invitation: Invitation }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      <span
        aria-hidden
        className="flex size-8 shrink-0 items-center justify-center rounded-full border border-dashed border-zinc-300 text-zinc-500 max-sm:hidden"
      >
        <Mail className="size-4" />
      </span>
      <div className="min-w-0">
        <p
          className="truncate font-medium text-zinc-900 md:whitespace-normal md:[overflow-wrap:anywhere]"
          title={invitation.email}
        >
          {invitation.email}
        </p>
        <p className="truncate text-zinc-600 md:whitespace-normal">
          {invitation.invitedBy ? `Invited by ${invitation.invitedBy.name}` : 'Invited'} ·{' '}
          {formatDate(invitation.createdAt)}
        </p>
        <p className="mt-1 text-zinc-700 sm:hidden">{roleLabels[invitation.role]}</p>
        <div className="mt-1.5 md:hidden">
          <InvitationStatusCell invitation={invitation} />
        </div>
        <div className="mt-1 text-xs xl:hidden">
          <InvitationExpiryCell invitation={invitation} hideClosed />
        </div>
      </div>
    </div>
  );
}

/**
 * The invitation's state, and for a pending one its email's delivery ("Email sent", queued,
 * failed): a revoked or answered invitation owes no email.
 */
export function InvitationStatusCell({ invitation }: { invitation: Invitation }) {
  const { status, emailStatus } = invitation;
  return (
    <div className="flex flex-wrap gap-1.5">
      <Chip tone={invitationStatusTones[status]}>{invitationStatusLabels[status]}</Chip>
      {status === 'pending' && emailStatus && (
        <Chip tone={emailStatusTones[emailStatus]}>{emailStatusLabels[emailStatus]}</Chip>
      )}
    </div>
  );
}

/** When an open invitation's link expires (or expired); a dash for the others. */
export function InvitationExpiryCell({
  invitation,
  hideClosed = false,
}: {
  invitation: Invitation;
  hideClosed?: boolean;
}) {
  const { status, expiresAt } = invitation;
  if (status !== 'pending' && status !== 'expired') {
    return hideClosed ? null : <span className="text-zinc-600">—</span>;
  }
  return (
    <span className={status === 'expired' ? 'text-amber-800' : 'text-zinc-600'}>
      {expiryLabel(expiresAt)}
    </span>
  );
}
