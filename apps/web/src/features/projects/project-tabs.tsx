import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import type { ProjectSearch } from '../content/content-search-params';

function TabLink({
  orgId,
  projectId,
  search,
  current,
  children,
}: {
  orgId: string;
  projectId: string;
  search: ProjectSearch;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      to="/orgs/$orgId/projects/$projectId"
      params={{ orgId, projectId }}
      search={search}
      aria-current={current ? 'page' : undefined}
      className={cn(
        '-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-3 text-sm font-medium max-lg:min-h-11',
        current
          ? 'border-indigo-600 text-zinc-900'
          : 'border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900',
        focusRing,
      )}
    >
      {children}
    </Link>
  );
}

/** Content | Members, as links (the tab is in the URL: `?tab=members`). */
export function ProjectTabs({
  orgId,
  projectId,
  tab,
  memberCount,
}: {
  orgId: string;
  projectId: string;
  tab: 'content' | 'members';
  memberCount: number;
}) {
  return (
    <div className="border-b border-zinc-200 px-2 sm:px-3">
      <nav aria-label="Project sections" className="flex gap-1">
        <TabLink orgId={orgId} projectId={projectId} search={{}} current={tab === 'content'}>
          Content
        </TabLink>
        <TabLink orgId={orgId} projectId={projectId} search={{ tab: 'members' }} current={tab === 'members'}>
          Members
          <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 tabular-nums">
            {memberCount}
          </span>
        </TabLink>
      </nav>
    </div>
  );
}
