import { Building2 } from 'lucide-react';
import { useState } from 'react';
import { Logo } from '../components/logo';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';
import { useSignOut } from '../features/auth/use-sign-out';
import { CreateOrgDialog } from '../features/organizations/create-org-dialog';
import { useDocumentTitle } from '../lib/use-document-title';

/** Signed in without any organization: Roster never leaves a user so, but say what to do if it happens. */
export function NoOrganizationPage() {
  useDocumentTitle('No organization');
  const [creating, setCreating] = useState(false);
  const signOut = useSignOut();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <Logo className="mb-6" />
      <EmptyState
        icon={Building2}
        title="You are not in any organization"
        action={
          <>
            <Button variant="secondary" loading={signOut.isPending} onClick={() => signOut.mutate()}>
              Sign out
            </Button>
            <Button onClick={() => setCreating(true)}>New Organization</Button>
          </>
        }
      >
        Create an organization to get started, or ask an admin to invite you to theirs.
      </EmptyState>
      <CreateOrgDialog open={creating} onOpenChange={setCreating} />
    </main>
  );
}
