import { useNavigate, useSearch } from '@tanstack/react-router';
import { Tabs } from 'radix-ui';
import { PageHeader } from '../../components/page-header';
import { Card } from '../../components/ui/card';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentOrg } from '../organizations/org-queries';
import { OverviewPanel } from './overview-panel';
import { parseStatisticsSearch, type StatisticsSearch, type StatsTab } from './statistics-search-params';
import { UsersPanel } from './users-panel';

// The panel takes focus after the tabs (Radix): a ring inside the card's edge shows it.
const panelClass =
  'rounded-b-lg outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-inset';

const triggerClass = cn(
  '-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-3 text-sm font-medium max-lg:min-h-11',
  'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900',
  'data-[state=active]:border-indigo-600 data-[state=active]:text-zinc-900',
  focusRing,
);

/**
 * `/orgs/$orgId/statistics` (owners and admins; the route refuses anyone else): the Overview of
 * projects and the Users tab, read from the rows the worker computes. The tab, search and order
 * are in the URL (`?tab=users&q=…&sort=uploads&dir=asc`).
 */
export function StatisticsScreen() {
  const org = useCurrentOrg();
  useDocumentTitle(`Statistics · ${org.name}`);
  const search = parseStatisticsSearch(useSearch({ strict: false }));
  const navigate = useNavigate();
  const tab: StatsTab = search.tab ?? 'overview';
  const setSearch = (next: StatisticsSearch) =>
    void navigate({ to: '/orgs/$orgId/statistics', params: { orgId: org.id }, search: next, replace: true });

  return (
    <>
      <PageHeader
        eyebrow={org.name}
        title="Statistics"
        description="Projects and members at a glance: what they hold, and who uploads and downloads."
      />
      <Tabs.Root
        value={tab}
        // Another tab starts from its own defaults (no search, by name); Back returns to this one.
        onValueChange={(value) =>
          void navigate({
            to: '/orgs/$orgId/statistics',
            params: { orgId: org.id },
            search: value === 'users' ? { tab: 'users' } : {},
          })
        }
      >
        <Card>
          <Tabs.List aria-label="Statistics" className="flex gap-1 border-b border-zinc-200 px-2 sm:px-3">
            <Tabs.Trigger value="overview" className={triggerClass}>
              Overview
            </Tabs.Trigger>
            <Tabs.Trigger value="users" className={triggerClass}>
              Users
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="overview" className={panelClass}>
            <OverviewPanel orgId={org.id} search={search} onSearch={setSearch} />
          </Tabs.Content>
          <Tabs.Content value="users" className={panelClass}>
            <UsersPanel orgId={org.id} search={search} onSearch={setSearch} />
          </Tabs.Content>
        </Card>
      </Tabs.Root>
    </>
  );
}
