import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import type { MembersSearch } from './members-search-params';

function TabLink({
  orgId,
  search,
  current,
  count,
  children,
}: {
  orgId: string;
  search: MembersSearch;
  current: boolean;
  count: number | null;
  children: ReactNode;
}) {
  return (
    <Link
      to="/orgs/$orgId/members"
      params={{ orgId }}
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
      <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 tabular-nums">
        {count ?? '–'}
      </span>
    </Link>
  );
}

/** Members | Invitations, each with its count (all members; pending invitations), as links. */
export function MembersTabs({
  orgId,
  tab,
  members,
  pending,
  aside,
}: {
  orgId: string;
  tab: 'members' | 'invitations';
  members: number | null;
  pending: number | null;
  aside?: ReactNode;
}) {
  return (
    <div className="flex items-center justify-between gap-4 border-b border-zinc-200 px-2 sm:px-3">
      <nav aria-label="Members and invitations" className="flex gap-1">
        <TabLink orgId={orgId} search={{}} current={tab === 'members'} count={members}>
          Members
        </TabLink>
        <TabLink
          orgId={orgId}
          search={{ tab: 'invitations' }}
          current={tab === 'invitations'}
          count={pending}
        >
          Invitations
        </TabLink>
      </nav>
      {aside}
    </div>
  );
}
