import type { ReactNode } from 'react';
import { Logo } from '../components/logo';
import { UserMenu } from '../features/auth/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { OrgSwitcher } from '../features/organizations/org-switcher';
import { SidebarNav } from './sidebar-nav';

/** The signed-in frame: a sidebar (logo and bell, switcher, navigation, user menu) beside the page. */
export function AppShell({
  orgId,
  showNav = true,
  children,
}: {
  orgId: string;
  showNav?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-68 shrink-0 flex-col border-r border-zinc-200 bg-white">
        <div className="flex items-center justify-between pt-5 pr-3 pb-4 pl-5">
          <Logo />
          <NotificationBell />
        </div>
        <div className="px-3">
          <OrgSwitcher currentOrgId={orgId} />
        </div>
        {showNav && <SidebarNav orgId={orgId} />}
        <div className="mt-auto border-t border-zinc-200 p-3">
          <UserMenu />
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
        <div className="mx-auto max-w-5xl px-10 py-10">{children}</div>
      </main>
    </div>
  );
}
