import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Download, ScrollText, SearchX } from 'lucide-react';
import { useMemo } from 'react';
import { PageHeader } from '../../components/page-header';
import { Button } from '../../components/ui/button';
import { buttonLinkClass } from '../../components/ui/button-link';
import { Card } from '../../components/ui/card';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MembersBody } from '../members/members-body';
import { useCurrentOrg } from '../organizations/org-queries';
import { actorChoices } from './audit-actors';
import { AuditFilters } from './audit-filters';
import { actorApiKeysQuery, actorMembersQuery, auditQuery } from './audit-queries';
import { auditExportUrl, hasFilters, parseAuditSearch, type AuditSearch } from './audit-search-params';
import { AuditTable } from './audit-table';

/**
 * `/orgs/$orgId/audit` (owners and admins: the route refuses anyone else): every change in the
 * organization, newest first, filtered by actor, action and days (kept in the URL), a page at a
 * time, and the CSV of the same filters.
 */
export function AuditScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Audit log · ${org.name}`);
  const search = parseAuditSearch(useSearch({ strict: false }));
  const navigate = useNavigate();
  const setSearch = (next: AuditSearch) =>
    void navigate({ to: '/orgs/$orgId/audit', params: { orgId: org.id }, search: next, replace: true });

  const log = useInfiniteQuery(auditQuery(org.id, search));
  const members = useQuery(actorMembersQuery(org.id));
  const apiKeys = useQuery(actorApiKeysQuery(org.id));
  const records = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);
  const selectedName = search.actor ? records.find((r) => r.actor.id === search.actor)?.actor.name : null;
  const actors =
    members.data && apiKeys.data
      ? actorChoices(members.data.items, apiKeys.data, search.actor, selectedName)
      : null;
  const filtered = hasFilters(search);

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Audit log"
        description="Every change in the organization: who made it, when, and from where."
        actions={
          <a href={auditExportUrl(org.id, search)} download className={buttonLinkClass('secondary')}>
            <Download aria-hidden className="size-4" />
            Export CSV
          </a>
        }
      />
      <Card>
        <AuditFilters search={search} actors={actors} onChange={setSearch} />
        <div
          aria-busy={log.isPlaceholderData && log.isFetching}
          className="transition-opacity aria-busy:opacity-60"
        >
          <MembersBody
            what="the audit log"
            status={log.status}
            error={log.error}
            retrying={log.isFetching}
            onRetry={() => void log.refetch()}
            empty={records.length === 0}
            emptyIcon={filtered ? SearchX : ScrollText}
            emptyTitle={filtered ? 'No records match these filters' : 'No changes recorded yet'}
            emptyHint={
              filtered
                ? 'Try another actor or action, or a wider range of days.'
                : 'Changes to members, invitations, settings, projects, content, API keys and plugins appear here as they happen.'
            }
            emptyAction={
              filtered && (
                <Button variant="secondary" onClick={() => setSearch({})}>
                  Clear filters
                </Button>
              )
            }
          >
            <AuditTable records={records} />
          </MembersBody>
        </div>
        {log.isSuccess && records.length > 0 && (
          <div className="flex flex-wrap items-center justify-between gap-4 border-t border-zinc-200 px-4 py-3 text-sm text-zinc-600">
            <span aria-live="polite">
              {log.hasNextPage
                ? `Showing the latest ${records.length}`
                : `${records.length} ${records.length === 1 ? 'record' : 'records'}`}
            </span>
            {log.hasNextPage && (
              <Button
                variant="secondary"
                size="sm"
                loading={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                Load more
              </Button>
            )}
          </div>
        )}
      </Card>
    </>
  );
}
