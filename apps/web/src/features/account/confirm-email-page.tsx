import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { CloudOff, LoaderCircle, MailCheck, MailX } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LinkOutcome } from '../auth/link-outcome';
import { linkProblem } from '../auth/link-problem';
import { meQuery } from '../auth/session';
import { accountQuery } from './account-queries';

/** The route's component: a new link starts afresh (and is sent once). */
export function ConfirmEmailRoute() {
  const { token } = useParams({ from: '/confirm-email/$token' });
  return <ConfirmEmailPage key={token} token={token} />;
}

/** `/confirm-email/$token`: the link mailed to a new address. Confirms on opening, signed in or not. */
export function ConfirmEmailPage({ token }: { token: string }) {
  useDocumentTitle('Confirm your new email');
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());
  const confirm = useMutation(
    trpc.account.confirmEmailChange.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
          queryClient.invalidateQueries({ queryKey: accountQuery().queryKey }),
        ]),
    }),
  );
  const { mutate } = confirm;
  // Once per link: StrictMode runs effects twice, and a token works only once.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    if (sentFor.current === token) return;
    sentFor.current = token;
    mutate({ token });
  }, [mutate, token]);

  const signedIn = me.isSuccess && me.data !== null;
  const onward = signedIn ? (
    <Link to="/account" className={buttonLinkClass('primary')}>
      Back to your account
    </Link>
  ) : (
    <Link to="/sign-in" className={buttonLinkClass('primary')}>
      Sign in
    </Link>
  );
  if (confirm.isSuccess) {
    return (
      <LinkOutcome icon={MailCheck} tone="success" title="Email changed" actions={onward}>
        <p>
          You now sign in with{' '}
          <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{confirm.data.email}</span>.
        </p>
      </LinkOutcome>
    );
  }
  if (confirm.isError) {
    const problem = linkProblem(confirm.error);
    const { message, reason } = readApiError(confirm.error);
    if (problem || reason === 'EMAIL_TAKEN') {
      return (
        <LinkOutcome icon={MailX} tone="problem" title="This link cannot change your email" actions={onward}>
          <p>
            {problem === 'invalid' ? 'This link is not valid or was already used.' : message} To try again,
            change your email from your account page.
          </p>
        </LinkOutcome>
      );
    }
    return (
      <LinkOutcome
        icon={CloudOff}
        tone="neutral"
        title="Your email could not be changed"
        actions={<Button onClick={() => mutate({ token })}>Try again</Button>}
      >
        <p>{message}</p>
      </LinkOutcome>
    );
  }
  return (
    <LinkOutcome icon={LoaderCircle} tone="neutral" spin title="Confirming your new email…">
      <p role="status">This takes a moment.</p>
    </LinkOutcome>
  );
}
