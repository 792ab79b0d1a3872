import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import type { Org } from '../../lib/trpc';
import { ConfirmEmailFirst } from '../auth/confirm-email-first';
import { meQuery } from '../auth/session';
import { InviteForm, type InviteResult } from './invite-form';
import { InviteResults } from './invite-results';
import { resultsTitle, retryableEmails } from './results-title';

/** "Invite members": the form, then each email's outcome, in the same dialog. */
export function InviteDialog({
  org,
  open,
  onOpenChange,
}: {
  org: Org;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const [results, setResults] = useState<InviteResult[] | null>(null);
  const [retry, setRetry] = useState('');
  const [pending, setPending] = useState(false);
  const user = useQuery(meQuery()).data?.user;
  useEffect(() => {
    if (open) {
      setResults(null);
      setRetry('');
    }
  }, [open]);

  // The API sends no invitation from an unconfirmed address: no form that could only fail.
  if (user && !user.emailVerified) {
    return (
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title="Confirm your email first"
        description={`Then you can invite people to ${org.name}.`}
      >
        <ConfirmEmailFirst email={user.email} onClose={() => onOpenChange(false)} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={results ? resultsTitle(results) : 'Invite members'}
      discardTitle="Discard this invitation?"
      description={
        results
          ? `What happened to each email. Invited people get a link to join ${org.name}.`
          : `Each person gets an email with a link to join ${org.name}.`
      }
      size="lg"
    >
      {results ? (
        <InviteResults
          results={results}
          onInviteMore={() => {
            setRetry(retryableEmails(results));
            setResults(null);
          }}
          onDone={() => onOpenChange(false)}
        />
      ) : (
        <InviteForm org={org} initialEmails={retry} onPendingChange={setPending} onInvited={setResults} />
      )}
    </Dialog>
  );
}
