import { can } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import {
  ChartColumn,
  ChartPie,
  FolderKanban,
  KeyRound,
  LayoutDashboard,
  Puzzle,
  ScrollText,
  Settings,
  Users,
} from 'lucide-react';
import { focusRing } from '../components/ui/button';
import { cn } from '../lib/cn';
import { orgQuery } from '../features/organizations/org-queries';

const linkClass = cn(
  'flex h-9 items-center gap-2.5 max-lg:h-11 rounded-md px-2.5 text-sm font-medium text-zinc-600 transition-colors hover:bg-zinc-100 hover:text-zinc-900',
  'aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700',
  focusRing,
);

/**
 * The organization's pages. The current one is marked (aria-current) for sight and screen readers.
 * API keys, Usage, Statistics and the Audit log are listed for owners and admins only (once the organization, and so the
 * role, has loaded).
 */
export function SidebarNav({ orgId }: { orgId: string }) {
  const role = useQuery(orgQuery(orgId)).data?.role;
  return (
    <nav aria-label="Organization" className="mt-5 space-y-0.5 px-3">
      <Link
        to="/orgs/$orgId"
        params={{ orgId }}
        activeOptions={{ exact: true, includeSearch: false }}
        className={linkClass}
      >
        <LayoutDashboard aria-hidden className="size-4" />
        Overview
      </Link>
      <Link to="/orgs/$orgId/members" params={{ orgId }} className={linkClass}>
        <Users aria-hidden className="size-4" />
        Members
      </Link>
      <Link to="/orgs/$orgId/projects" params={{ orgId }} className={linkClass}>
        <FolderKanban aria-hidden className="size-4" />
        Projects
      </Link>
      {can(role, 'apiKey.manage') && (
        <Link to="/orgs/$orgId/api-keys" params={{ orgId }} className={linkClass}>
          <KeyRound aria-hidden className="size-4" />
          API keys
        </Link>
      )}
      {can(role, 'usage.read') && (
        <Link to="/orgs/$orgId/usage" params={{ orgId }} className={linkClass}>
          <ChartColumn aria-hidden className="size-4" />
          Usage
        </Link>
      )}
      {can(role, 'stats.read') && (
        <Link to="/orgs/$orgId/statistics" params={{ orgId }} className={linkClass}>
          <ChartPie aria-hidden className="size-4" />
          Statistics
        </Link>
      )}
      {can(role, 'audit.read') && (
        <Link to="/orgs/$orgId/audit" params={{ orgId }} className={linkClass}>
          <ScrollText aria-hidden className="size-4" />
          Audit log
        </Link>
      )}
      <Link to="/orgs/$orgId/plugins" params={{ orgId }} className={linkClass}>
        <Puzzle aria-hidden className="size-4" />
        Plugins
      </Link>
      <Link to="/orgs/$orgId/settings" params={{ orgId }} className={linkClass}>
        <Settings aria-hidden className="size-4" />
        Settings
      </Link>
    </nav>
  );
}
