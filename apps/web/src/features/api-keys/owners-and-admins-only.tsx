import { can, type OrgPermission } from '@roster/core/browser';
import { Link } from '@tanstack/react-router';
import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { buttonLinkClass } from '../../components/ui/button-link';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';

/**
 * A page for owners and admins (API keys, usage). Anyone else who opens its address — a member
 * following an old link — is told who may see it, instead of a page of refused calls.
 */
export function OwnersAndAdminsOnly({
  permission,
  title,
  what,
  children,
}: {
  permission: OrgPermission;
  /** The page's title, kept on the refusal ("API keys"). */
  title: string;
  /** What the page shows, in a sentence ("API keys", "usage"). */
  what: string;
  children: ReactNode;
}) {
  const org = useCurrentOrg();
  if (can(org.role, permission)) return children;
  return <RefusedPage title={title} what={what} orgId={org.id} orgName={org.name} />;
}

function RefusedPage({
  title,
  what,
  orgId,
  orgName,
}: {
  title: string;
  what: string;
  orgId: string;
  orgName: string;
}) {
  useDocumentTitle(`${title} · ${orgName}`);
  return (
    <>
      <PageHeader eyebrow={orgName} title={title} />
      <Card>
        <EmptyState
          icon={Lock}
          title={`Only owners and admins can see ${what}`}
          action={
            <Link to="/orgs/$orgId" params={{ orgId }} className={buttonLinkClass('secondary')}>
              Go to the overview
            </Link>
          }
        >
          Ask an owner or admin of {orgName} if you need this.
        </EmptyState>
      </Card>
    </>
  );
}
