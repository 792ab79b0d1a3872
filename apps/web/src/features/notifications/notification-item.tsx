import { Link } from '@tanstack/react-router';
import { Button } from '../../components/ui/button';
import { Chip } from '../../components/ui/chip';
import { textLinkClass } from '../../components/ui/text-link';
import { cn } from '../../lib/cn';
import { formatRelative } from '../../lib/dates';
import { invitationStatusLabels, invitationStatusTones } from '../invitations/invitation-format';
import { InvitedProjectsList } from '../invitations/invited-projects-list';
import { notificationLink, notificationText, type Notification } from './notification-text';
import { useInvitationAnswer } from './use-invitation-answer';

/** One notification: its sentence, when, and what can be done about it. */
export function NotificationItem({
  notification,
  canAnswer,
  onNavigate,
}: {
  notification: Notification;
  /** False until the user's email is confirmed: invitations cannot be answered before. */
  canAnswer: boolean;
  onNavigate(): void;
}) {
  const { type, data, read, actionable, invitation } = notification;
  // An invitation no longer open shows how it ended: accepted, declined, revoked or expired.
  const outcome = invitation && invitation.status !== 'pending' ? invitation.status : null;
  const { accept, decline } = useInvitationAnswer(data.orgName, onNavigate);
  const busy = accept.isPending || accept.isSuccess || decline.isPending;
  const invitationId = data.invitationId;
  const link = notificationLink(notification);

  return (
    <li className={cn('flex gap-3 px-4 py-3', !read && 'bg-indigo-50/40')}>
      <span
        aria-hidden
        className={cn('mt-1.5 size-2 shrink-0 rounded-full', read ? 'bg-transparent' : 'bg-indigo-500')}
      />
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm', read ? 'text-zinc-600' : 'font-medium text-zinc-900')}>
          {!read && <span className="sr-only">Unread: </span>}
          {notificationText(notification)}
        </p>
        {actionable && invitation && invitation.projects.length > 0 && (
          <InvitedProjectsList projects={invitation.projects} className="mt-1 text-xs text-zinc-700" />
        )}
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          {formatRelative(notification.createdAt)}
          {outcome && (
            <Chip tone={invitationStatusTones[outcome]}>
              <span className="sr-only">Invitation </span>
              {invitationStatusLabels[outcome]}
            </Chip>
          )}
        </p>
        {type === 'invitation' && actionable && !canAnswer && (
          <p className="mt-1 text-xs text-zinc-600">Confirm your email address to answer.</p>
        )}
        {type === 'invitation' && actionable && canAnswer && invitationId && (
          <div className="mt-2 flex gap-2">
            <Button
              size="sm"
              disabled={busy}
              loading={accept.isPending || accept.isSuccess}
              onClick={() => accept.mutate({ invitationId })}
            >
              Accept
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={busy}
              loading={decline.isPending}
              onClick={() => decline.mutate({ invitationId })}
            >
              Decline
            </Button>
          </div>
        )}
        {link && (
          <Link
            to={link.to}
            params={{ orgId: data.orgId }}
            className={cn(textLinkClass, 'mt-1 inline-block text-xs')}
            onClick={onNavigate}
          >
            {link.label}
          </Link>
        )}
      </div>
    </li>
  );
}
