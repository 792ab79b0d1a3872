import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CloudOff, LoaderCircle, MailCheck } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { LinkOutcome } from './link-outcome';
import { linkProblem } from './link-problem';
import { meQuery } from './session';
import { VerifyLinkProblem } from './verify-link-problem';

/** `/verify-email/$token`: the link in the verification email. Confirms on opening, signed in or not. */
export function VerifyEmailPage({ token }: { token: string }) {
  useDocumentTitle('Confirm your email');
  const queryClient = useQueryClient();
  const me = useQuery(meQuery());
  const verify = useMutation(
    trpc.auth.verifyEmail.mutationOptions({
      // The banner goes once the session says so.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery().queryKey }),
    }),
  );
  const { mutate } = verify;
  // Once per link: StrictMode runs effects twice, and a token works only once.
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    if (sentFor.current === token) return;
    sentFor.current = token;
    mutate({ token });
  }, [mutate, token]);

  const signedIn = me.isSuccess && me.data !== null;
  if (verify.isSuccess) {
    const { email } = verify.data;
    return (
      <LinkOutcome
        icon={MailCheck}
        tone="success"
        title="Email confirmed"
        actions={
          signedIn ? (
            <Link to="/" className={buttonLinkClass('primary')}>
              Continue to Roster
            </Link>
          ) : (
            <Link to="/sign-in" search={{ email }} className={buttonLinkClass('primary')}>
              Sign in
            </Link>
          )
        }
      >
        <p>
          Your email <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">{email}</span> is
          confirmed.
        </p>
      </LinkOutcome>
    );
  }
  if (verify.isError) {
    const problem = linkProblem(verify.error);
    if (problem) return <VerifyLinkProblem problem={problem} />;
    return (
      <LinkOutcome
        icon={CloudOff}
        tone="neutral"
        title="Your email could not be confirmed"
        actions={<Button onClick={() => mutate({ token })}>Try again</Button>}
      >
        <p>{readApiError(verify.error).message}</p>
      </LinkOutcome>
    );
  }
  return (
    <LinkOutcome icon={LoaderCircle} tone="neutral" spin title="Confirming your email…">
      <p role="status">This takes a moment.</p>
    </LinkOutcome>
  );
}
