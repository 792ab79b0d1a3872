import { useQuery } from '@tanstack/react-query';
import { CloudOff, Plus } from 'lucide-react';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { EmptyState } from '../../components/ui/empty-state';
import { textLinkClass } from '../../components/ui/text-link';
import { readApiError } from '../../lib/api-error';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MembersTableSkeleton } from '../members/members-table-skeleton';
import { useCurrentOrg } from '../organizations/org-queries';
import { apiKeysQuery } from './api-key-queries';
import { ApiKeysEmpty } from './api-keys-empty';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyDialog } from './create-api-key-dialog';

/**
 * `/orgs/$orgId/api-keys` (owners and admins: see routes/developer.tsx): the organization's keys,
 * creating one (its secret shown once) and revoking one.
 */
export function ApiKeysScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`API keys · ${org.name}`);
  const keys = useQuery(apiKeysQuery(org.id));
  const [creating, setCreating] = useState(false);

  let body;
  if (keys.isPending) body = <MembersTableSkeleton label="Loading API keys" />;
  else if (keys.isError)
    body = (
      <EmptyState
        icon={CloudOff}
        title="API keys could not be loaded"
        action={
          <Button variant="secondary" loading={keys.isFetching} onClick={() => void keys.refetch()}>
            Try again
          </Button>
        }
      >
        {readApiError(keys.error).message}
      </EmptyState>
    );
  else if (keys.data.length === 0) body = <ApiKeysEmpty onCreate={() => setCreating(true)} />;
  else body = <ApiKeysTable apiKeys={keys.data} />;

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="API keys"
        description={
          <>
            Keys let applications use {org.name}’s content through the REST API.{' '}
            <a href="/v1/docs" className={textLinkClass}>
              API docs
            </a>
          </>
        }
        actions={
          keys.isSuccess &&
          keys.data.length > 0 && (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden className="size-4" />
              Create API key
            </Button>
          )
        }
      />
      <Card>{body}</Card>
      <CreateApiKeyDialog orgId={org.id} open={creating} onOpenChange={setCreating} />
    </>
  );
}
