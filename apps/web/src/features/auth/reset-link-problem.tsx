import { Link } from '@tanstack/react-router';
import { Clock, SearchX } from 'lucide-react';
import { buttonLinkClass } from '../../components/ui/button-link';
import type { LinkProblem } from './link-problem';
import { LinkOutcome } from './link-outcome';

const states: Record<LinkProblem, { title: string; text: string }> = {
  invalid: {
    title: 'This link is not valid',
    text: 'It may have been used already, or a newer email replaced it.',
  },
  expired: {
    title: 'This link has expired',
    text: 'Links to reset a password work for 1 hour.',
  },
};

/** A password reset link that no longer works: ask for a new one. */
export function ResetLinkProblem({ problem }: { problem: LinkProblem }) {
  const state = states[problem];
  return (
    <LinkOutcome
      icon={problem === 'expired' ? Clock : SearchX}
      tone="problem"
      title={state.title}
      actions={
        <>
          <Link to="/forgot-password" className={buttonLinkClass('primary')}>
            Get a new link
          </Link>
          <Link to="/sign-in" className={buttonLinkClass('secondary')}>
            Back to sign in
          </Link>
        </>
      }
    >
      <p>{state.text}</p>
    </LinkOutcome>
  );
}
