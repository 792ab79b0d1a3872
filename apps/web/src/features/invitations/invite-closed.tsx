import type { InvitationStatus } from '@roster/core/browser';
import { Link } from '@tanstack/react-router';
import { CircleSlash, Clock, MailCheck, MailX, SearchX, type LucideIcon } from 'lucide-react';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';

type Closed = Exclude<InvitationStatus, 'pending'> | 'not_found';

const states: Record<Closed, { icon: LucideIcon; title: string; text: (inviter: string) => string }> = {
  not_found: {
    icon: SearchX,
    title: 'This invitation link is not valid',
    text: () =>
      'It may be mistyped, or a newer invitation replaced it. Ask the person who invited you to send it again.',
  },
  expired: {
    icon: Clock,
    title: 'This invitation has expired',
    text: (inviter) => `Ask ${inviter} to send you a new one.`,
  },
  revoked: {
    icon: CircleSlash,
    title: 'This invitation was withdrawn',
    text: () => 'An admin of the organization revoked it. Ask them for a new one if you still need access.',
  },
  declined: {
    icon: MailX,
    title: 'This invitation was declined',
    text: (inviter) => `If that was a mistake, ask ${inviter} to invite you again.`,
  },
  accepted: {
    icon: MailCheck,
    title: 'This invitation has already been accepted',
    text: () => 'Sign in to open the organization: it is in your list of organizations.',
  },
};

/** An invitation that can no longer be answered, or a link that leads to none. */
export function InviteClosed({ status, inviterName }: { status: Closed; inviterName?: string | null }) {
  const state = states[status];
  return (
    <EmptyState
      icon={state.icon}
      title={state.title}
      action={
        <Link to="/" className={buttonLinkClass('primary')}>
          Go to Roster
        </Link>
      }
    >
      {state.text(inviterName ?? 'the person who invited you')}
    </EmptyState>
  );
}
