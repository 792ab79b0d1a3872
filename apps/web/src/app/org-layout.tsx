import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { CloudOff } from 'lucide-react';
import { AppShell } from './app-shell';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';
import { isOrgNotFound, readApiError } from '../lib/api-error';
import { OrgNotFound } from '../features/organizations/org-not-found';
import { OrgPageSkeleton } from '../features/organizations/org-page-skeleton';
import { orgListQuery, orgQuery, useOrgId } from '../features/organizations/org-queries';
import { useMoveOutOfLostOrgs, useMovingOutOf, wasInOrgList } from '../features/organizations/use-org-lost';
import { useRememberOpenedOrg } from '../features/organizations/use-remember-org';
import { UploadPanel } from '../features/content/upload/upload-panel';

/** `/orgs/$orgId/*`: the shell around the organization's pages, once the organization has loaded. */
export function OrgLayout() {
  const orgId = useOrgId();
  const org = useQuery(orgQuery(orgId));
  const queryClient = useQueryClient();
  useQuery(orgListQuery()); // re-rendered when the list changes: `removed` below reads it
  useRememberOpenedOrg(orgId, org.isSuccess);
  useMoveOutOfLostOrgs();
  const notFound = org.isError && isOrgNotFound(org.error);
  // Refused although it is in the user's list: they were just removed, and are being moved out.
  const removed = useMovingOutOf(orgId) || (notFound && wasInOrgList(queryClient, orgId));

  let content;
  if (org.isPending || removed) content = <OrgPageSkeleton />;
  else if (notFound) content = <OrgNotFound />;
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

  // No links into an organization that could not be opened: the switcher is the way on. The
  // uploads panel is outside the page: uploads go on (and stay in view) from page to page.
  return (
    <>
      <AppShell orgId={orgId} showNav={!org.isError && !removed}>
        {content}
      </AppShell>
      <UploadPanel />
    </>
  );
}
