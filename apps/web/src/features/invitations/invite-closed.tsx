import type { InvitationStatus } from '@roster/core/browser';
import { Link } from '@tanstack/react-router';
import { CircleSlash, Clock, MailCheck, MailX, SearchX, type LucideIcon } from 'lucide-react';
import { buttonLinkClass } from '../../components/ui/button-link';
import { EmptyState } from '../../components/ui/empty-state';
import type { InvitationPreview } from './invitation-summary';

type Closed = Exclude<InvitationStatus, 'pending'> | 'not_found';

/** Whoever opened the link: the invitation's facts and the signed-in email (null: signed out). */
interface Viewer {
  inviter: string;
  invitation?: InvitationPreview;
  myEmail: string | null;
}

const states: Record<Closed, { icon: LucideIcon; title: string; text: (viewer: Viewer) => string }> = {
  not_found: {
    icon: SearchX,
    title: 'This invitation link is not valid',
    text: () =>
      'It may be mistyped, or a newer invitation replaced it. Ask the person who invited you to send it again.',
  },
  expired: {
    icon: Clock,
    title: 'This invitation has expired',
    text: ({ inviter }) => `Ask ${inviter} to send you a new one.`,
  },
  revoked: {
    icon: CircleSlash,
    title: 'This invitation was withdrawn',
    text: () => 'An admin of the organization revoked it. Ask them for a new one if you still need access.',
  },
  declined: {
    icon: MailX,
    title: 'This invitation was declined',
    text: ({ inviter }) => `If that was a mistake, ask ${inviter} to invite you again.`,
  },
  accepted: {
    icon: MailCheck,
    title: 'This invitation has already been accepted',
    // The invitee signed in is a member already; signed out, they sign in to open it; anyone
    // else needs the invited account.
    text: ({ invitation, myEmail }) => {
      const orgName = invitation?.orgName ?? 'the organization';
      const email = invitation?.email;
      if (myEmail && myEmail === email)
        return `You are a member of ${orgName}: it is in your list of organizations.`;
      if (myEmail) return `It was accepted by ${email}. Sign in as ${email} to open ${orgName}.`;
      return `Sign in as ${email} to open ${orgName}: it is in your list of organizations.`;
    },
  },
};

/** An invitation that can no longer be answered, or a link that leads to none. */
export function InviteClosed({
  status,
  invitation,
  myEmail = null,
}: {
  status: Closed;
  invitation?: InvitationPreview;
  /** The signed-in person's email, or null when signed out. */
  myEmail?: string | null;
}) {
  const state = states[status];
  const accepted = status === 'accepted' && invitation;
  return (
    <EmptyState
      icon={state.icon}
      title={state.title}
      action={
        accepted && !myEmail ? (
          <Link to="/sign-in" search={{ email: invitation.email }} className={buttonLinkClass('primary')}>
            Sign in
          </Link>
        ) : (
          <Link to="/" className={buttonLinkClass('primary')}>
            Go to Roster
          </Link>
        )
      }
    >
      {state.text({ inviter: invitation?.inviterName ?? 'the person who invited you', invitation, myEmail })}
    </EmptyState>
  );
}
