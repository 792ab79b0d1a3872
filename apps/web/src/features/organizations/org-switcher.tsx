import { useQuery } from '@tanstack/react-query';
import { useMatchRoute, useNavigate } from '@tanstack/react-router';
import { Building2, ChevronsUpDown } from 'lucide-react';
import { useState } from 'react';
import { Avatar } from '../../components/ui/avatar';
import { focusRing } from '../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { Skeleton } from '../../components/ui/skeleton';
import { cn } from '../../lib/cn';
import { meQuery } from '../auth/session';
import { CreateOrgDialog } from './create-org-dialog';
import { NewOrgItem } from './new-org-item';
import { planAndSeatsLabel, roleLabels } from './org-format';
import { orgListQuery } from './org-queries';

/** The organization switcher: the user's organizations, the current one checked, and "New Organization". */
export function OrgSwitcher({ currentOrgId }: { currentOrgId: string }) {
  const orgs = useQuery(orgListQuery());
  const me = useQuery(meQuery());
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const matchRoute = useMatchRoute();
  const current = orgs.data?.find((org) => org.id === currentOrgId);

  function switchTo(orgId: string) {
    if (orgId === currentOrgId) return;
    // Stay on the same page of the other organization.
    const onSettings = matchRoute({ to: '/orgs/$orgId/settings', params: { orgId: currentOrgId } });
    void navigate(
      onSettings
        ? { to: '/orgs/$orgId/settings', params: { orgId } }
        : { to: '/orgs/$orgId', params: { orgId } },
    );
  }

  if (orgs.isPending) return <Skeleton className="h-12 w-full" />;
  if (orgs.isError) {
    return (
      <div className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-700">
        Could not load your organizations.{' '}
        <button
          type="button"
          className={cn('font-medium underline', focusRing)}
          onClick={() => void orgs.refetch()}
        >
          Retry
        </button>
      </div>
    );
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className={cn(
            'flex w-full items-center gap-2.5 rounded-lg border border-zinc-200 bg-white px-2.5 py-2 text-left shadow-xs hover:bg-zinc-50 data-[state=open]:bg-zinc-50',
            focusRing,
          )}
        >
          <span className="sr-only">Switch organization. Current:</span>
          {current ? (
            <Avatar name={current.name} shape="square" />
          ) : (
            <span className="flex size-8 items-center justify-center rounded-md bg-zinc-100 text-zinc-500">
              <Building2 aria-hidden className="size-4" />
            </span>
          )}
          <span className="min-w-0 flex-1" title={current?.name}>
            <span className="block truncate text-sm font-semibold text-zinc-900">
              {current?.name ?? 'Your organizations'}
            </span>
            <span className="block text-xs text-zinc-500">
              {current ? roleLabels[current.role] : 'Choose one'}
            </span>
          </span>
          <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-400" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          <DropdownMenuLabel>Organizations</DropdownMenuLabel>
          <div className="max-h-72 overflow-y-auto">
            <DropdownMenuRadioGroup value={currentOrgId} onValueChange={switchTo}>
              {orgs.data.map((org) => (
                <DropdownMenuRadioItem key={org.id} value={org.id}>
                  <Avatar name={org.name} shape="square" className="size-6 text-[10px]" />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate">{org.name}</span>
                    <span className="block truncate text-xs text-zinc-500">{planAndSeatsLabel(org)}</span>
                  </span>
                  <span className="text-xs text-zinc-500">{roleLabels[org.role]}</span>
                </DropdownMenuRadioItem>
              ))}
            </DropdownMenuRadioGroup>
          </div>
          <DropdownMenuSeparator />
          <NewOrgItem owned={me.data?.ownedOrgs} onSelect={() => setCreating(true)} />
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateOrgDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
