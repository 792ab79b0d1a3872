import { useQuery } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { CloudOff } from 'lucide-react';
import { AppShell } from './app-shell';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';
import { isOrgNotFound, readApiError } from '../lib/api-error';
import { OrgNotFound } from '../features/organizations/org-not-found';
import { OrgPageSkeleton } from '../features/organizations/org-page-skeleton';
import { orgQuery, useOrgId } from '../features/organizations/org-queries';
import { useRememberOpenedOrg } from '../features/organizations/use-remember-org';

/** `/orgs/$orgId/*`: the shell around the organization's pages, once the organization has loaded. */
export function OrgLayout() {
  const orgId = useOrgId();
  const org = useQuery(orgQuery(orgId));
  useRememberOpenedOrg(orgId, org.isSuccess);

  let content;
  if (org.isPending) content = <OrgPageSkeleton />;
  else if (org.isError && isOrgNotFound(org.error)) content = <OrgNotFound />;
  else if (org.isError)
    content = (
      <EmptyState
        icon={CloudOff}
        title="This organization could not be loaded"
        action={
          <Button variant="secondary" loading={org.isFetching} onClick={() => void org.refetch()}>
            Try again
          </Button>
        }
      >
        {readApiError(org.error).message}
      </EmptyState>
    );
  else content = <Outlet />;

  // No links into an organization that could not be opened: the switcher is the way on.
  return (
    <AppShell orgId={orgId} showNav={!org.isError}>
      {content}
    </AppShell>
  );
}
