import { useQuery } from '@tanstack/react-query';
import { MailCheck } from 'lucide-react';
import { Card, CardBody, CardHeader } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/skeleton';
import { accountQuery } from './account-queries';
import { EmailForm } from './email-form';

/** The address the person signs in with, and the way to move to another one (confirmed by a link). */
export function EmailCard() {
  const account = useQuery(accountQuery());
  return (
    <Card>
      <CardHeader
        title="Email"
        description="You sign in with it, and Roster's emails go there. A new address works once you confirm it."
      />
      {account.data ? (
        <>
          <CardBody className="space-y-3 border-b border-zinc-100">
            <p className="text-sm text-zinc-600">
              Current email:{' '}
              <span className="font-medium [overflow-wrap:anywhere] text-zinc-900">
                {account.data.user.email}
              </span>
            </p>
            {account.data.pendingEmail && (
              <p
                role="status"
                className="flex gap-2 rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-900"
              >
                <MailCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
                <span>
                  We sent a confirmation link to{' '}
                  <span className="font-medium [overflow-wrap:anywhere]">{account.data.pendingEmail}</span>.
                  Your email changes once you open it.
                </span>
              </p>
            )}
          </CardBody>
          <EmailForm />
        </>
      ) : (
        <CardBody>
          <Skeleton className="h-24 w-full" />
        </CardBody>
      )}
    </Card>
  );
}
