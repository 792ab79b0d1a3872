import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ChevronsUpDown, LogOut, MonitorOff, UserRound } from 'lucide-react';
import { useState } from 'react';
import { Avatar } from '../../components/ui/avatar';
import { focusRing } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { Skeleton } from '../../components/ui/skeleton';
import { cn } from '../../lib/cn';
import { meQuery } from './session';
import { useSignOut, useSignOutEverywhere } from './use-sign-out';

/** Who is signed in, their account page, and the ways out. */
export function UserMenu() {
  const me = useQuery(meQuery());
  const signOut = useSignOut();
  const signOutEverywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);
  const user = me.data?.user;
  if (!user) return <Skeleton className="h-11 w-full" />;

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className={cn(
            'flex w-full items-center gap-2.5 rounded-md px-2 py-1.5 text-left hover:bg-zinc-100 data-[state=open]:bg-zinc-100',
            focusRing,
          )}
        >
          <Avatar name={user.name} />
          {/* Named by what it shows (name and email), after what it is. */}
          <span className="sr-only">Account menu: </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-zinc-900">{user.name}</span>
            <span className="block truncate text-xs text-zinc-600">{user.email}</span>
          </span>
          <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-zinc-400" />
        </DropdownMenuTrigger>
        <DropdownMenuContent side="top" align="start" className="w-(--radix-dropdown-menu-trigger-width)">
          <div className="px-2 py-1.5">
            <p className="truncate text-sm font-medium text-zinc-900">{user.name}</p>
            <p className="truncate text-xs text-zinc-500">{user.email}</p>
          </div>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link to="/account">
              <UserRound aria-hidden className="size-4 text-zinc-500" />
              Account settings
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={signOut.isPending} onSelect={() => signOut.mutate()}>
            <LogOut aria-hidden className="size-4 text-zinc-500" />
            Sign out
          </DropdownMenuItem>
          <DropdownMenuItem destructive onSelect={() => setConfirming(true)}>
            <MonitorOff aria-hidden className="size-4" />
            Sign out everywhere
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Sign out everywhere?"
        description="This ends your sessions on every device and browser, including this one. You will need to sign in again on each of them."
        confirmLabel="Sign out everywhere"
        destructive
        pending={signOutEverywhere.isPending}
        onConfirm={() => signOutEverywhere.mutate()}
      />
    </>
  );
}
