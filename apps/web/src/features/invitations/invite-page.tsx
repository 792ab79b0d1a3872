import { useQuery } from '@tanstack/react-query';
import { CloudOff } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { PageSpinner } from '../../components/ui/spinner';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useDocumentTitle } from '../../lib/use-document-title';
import { meQuery } from '../auth/session';
import { InvitationSummary } from './invitation-summary';
import { InviteAccept } from './invite-accept';
import { InviteClosed } from './invite-closed';
import { InviteLayout } from './invite-layout';
import { InviteMismatch } from './invite-mismatch';
import { InviteSignInForm } from './invite-sign-in-form';
import { InviteSignUpForm } from './invite-sign-up-form';

/** A link that cannot be an invitation's, or one that leads to none. */
function isUnknownLink(error: unknown): boolean {
  const { code, reason } = readApiError(error);
  return reason === 'INVITATION_NOT_FOUND' || code === 'NOT_FOUND' || code === 'BAD_REQUEST';
}

/** `/invite/$token`: who invites whom to what, and the way in for whoever opened the link. */
export function InvitePage({ token }: { token: string }) {
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }));
  const me = useQuery(meQuery());
  useDocumentTitle(preview.data ? `Join ${preview.data.orgName}` : 'Invitation');

  if (preview.isPending || me.isPending) {
    return (
      <InviteLayout>
        <PageSpinner label="Loading the invitation" />
      </InviteLayout>
    );
  }
  if (preview.isError) {
    return (
      <InviteLayout>
        {isUnknownLink(preview.error) ? (
          <InviteClosed status="not_found" />
        ) : (
          <EmptyState
            icon={CloudOff}
            title="The invitation could not be loaded"
            action={
              <Button variant="secondary" loading={preview.isFetching} onClick={() => void preview.refetch()}>
                Try again
              </Button>
            }
          >
            {readApiError(preview.error).message}
          </EmptyState>
        )}
      </InviteLayout>
    );
  }

  const invitation = preview.data;
  const user = me.isSuccess ? me.data?.user : undefined;
  if (invitation.status !== 'pending') {
    return (
      <InviteLayout>
        <InviteClosed status={invitation.status} invitation={invitation} myEmail={user?.email ?? null} />
      </InviteLayout>
    );
  }
  let answer;
  if (user && user.email === invitation.email)
    answer = <InviteAccept token={token} invitation={invitation} />;
  else if (user) answer = <InviteMismatch invitation={invitation} myEmail={user.email} />;
  else if (invitation.accountExists) answer = <InviteSignInForm token={token} invitation={invitation} />;
  else answer = <InviteSignUpForm token={token} invitation={invitation} />;

  return (
    <InviteLayout>
      <InvitationSummary invitation={invitation} />
      <div className="mt-6">{answer}</div>
    </InviteLayout>
  );
}
