import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Clock, MailCheck, SearchX } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import type { LinkProblem } from './link-problem';
import { LinkOutcome } from './link-outcome';
import { ResendStatus } from './resend-status';
import { meQuery } from './session';
import { useResendVerification } from './use-resend-verification';

const titles: Record<LinkProblem, string> = {
  invalid: 'This link is not valid',
  expired: 'This link has expired',
};

const reasons: Record<LinkProblem, string> = {
  invalid: 'It may have been used already, or a newer email replaced it.',
  expired: 'Links to confirm an email work for a limited time.',
};

/** A verification link that no longer works, and the way to a new one. */
export function VerifyLinkProblem({ problem }: { problem: LinkProblem }) {
  const me = useQuery(meQuery());
  const user = me.data?.user;
  const resend = useResendVerification();
  const continueLink = (
    <Link to="/" className={buttonLinkClass(user?.emailVerified ? 'primary' : 'secondary')}>
      Continue to Roster
    </Link>
  );

  if (user?.emailVerified) {
    return (
      <LinkOutcome
        icon={MailCheck}
        tone="success"
        title="Your email is already confirmed"
        actions={continueLink}
      >
        <p>
          <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{user.email}</span> is
          confirmed; this link is no longer needed.
        </p>
      </LinkOutcome>
    );
  }
  const icon = problem === 'expired' ? Clock : SearchX;
  if (!user) {
    return (
      <LinkOutcome
        icon={icon}
        tone="problem"
        title={titles[problem]}
        actions={
          <Link to="/sign-in" className={buttonLinkClass('primary')}>
            Sign in
          </Link>
        }
      >
        <p>{reasons[problem]}</p>
        <p>Sign in to get a new link: Roster offers to send one until your email is confirmed.</p>
      </LinkOutcome>
    );
  }
  return (
    <LinkOutcome
      icon={icon}
      tone="problem"
      title={titles[problem]}
      actions={
        <>
          <Button loading={resend.pending} disabled={resend.waitSeconds > 0} onClick={resend.resend}>
            Send a new link
          </Button>
          {continueLink}
        </>
      }
    >
      <p>{reasons[problem]}</p>
      <p>
        We can send a new one to{' '}
        <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{user.email}</span>.
      </p>
      <ResendStatus state={resend} />
    </LinkOutcome>
  );
}
