import { useRouterState } from '@tanstack/react-router';
import { Menu, X } from 'lucide-react';
import { Dialog as D } from 'radix-ui';
import { useEffect, useState } from 'react';
import { Logo } from '../components/logo';
import { Button, focusRing } from '../components/ui/button';
import { overlayClass } from '../components/ui/dialog-classes';
import { NotificationBell } from '../features/notifications/notification-bell';
import { cn } from '../lib/cn';
import { SidebarPanel } from './sidebar-panel';

const wide = '(min-width: 1024px)';

/**
 * Below 1024 px: a slim top bar (menu, logo, bell), the sidebar's contents in a drawer from the
 * left. The drawer is a Radix dialog: focus stays inside, Esc or a tap outside closes it, and focus
 * goes back to the menu button. Following a link or going to another page (the switcher) closes it.
 */
export function ShellTopBar({ orgId, showNav }: { orgId: string; showNav: boolean }) {
  const [open, setOpen] = useState(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const [shownPath, setShownPath] = useState(pathname);
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }
  // Widened past the breakpoint with the drawer open: the sidebar is back, the drawer goes.
  useEffect(() => {
    const query = window.matchMedia(wide);
    const close = () => query.matches && setOpen(false);
    query.addEventListener('change', close);
    return () => query.removeEventListener('change', close);
  }, []);

  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-1 border-b border-zinc-200 bg-white px-2 lg:hidden">
      <D.Root open={open} onOpenChange={setOpen}>
        <D.Trigger asChild>
          <Button variant="ghost" size="icon" aria-label="Open menu">
            <Menu aria-hidden className="size-5" />
          </Button>
        </D.Trigger>
        <D.Portal>
          <D.Overlay className={cn(overlayClass, 'lg:hidden')} />
          <D.Content
            aria-describedby={undefined}
            // A link to the page already shown changes no path: close on following any link too.
            onClick={(event) => {
              if (event.target instanceof Element && event.target.closest('a[href]')) setOpen(false);
            }}
            className="fixed inset-y-0 left-0 z-50 flex w-[17rem] max-w-[calc(100vw-3rem)] flex-col border-r border-zinc-200 bg-white shadow-xl outline-none animate-drawer-in lg:hidden"
          >
            <D.Title className="sr-only">Menu</D.Title>
            <div className="flex items-center justify-between py-2 pr-2 pl-5">
              <Logo />
              <D.Close
                aria-label="Close menu"
                className={cn(
                  'inline-flex size-11 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900',
                  focusRing,
                )}
              >
                <X aria-hidden className="size-5" />
              </D.Close>
            </div>
            <SidebarPanel orgId={orgId} showNav={showNav} />
          </D.Content>
        </D.Portal>
      </D.Root>
      <Logo className="ml-1" />
      <div className="ml-auto">
        <NotificationBell />
      </div>
    </header>
  );
}
