import type { ReactNode } from 'react';
import { Logo } from '../components/logo';
import { UserMenu } from '../features/auth/user-menu';
import { VerifyEmailBanner } from '../features/auth/verify-email-banner';
import { NotificationBell } from '../features/notifications/notification-bell';
import { OrgSwitcher } from '../features/organizations/org-switcher';
import { SidebarNav } from './sidebar-nav';

/**
 * The signed-in frame: a sidebar (logo and bell, switcher, navigation, user menu) beside the page,
 * under the email banner. On a phone the three stack: banner, sidebar, page.
 */
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
    <div className="flex min-h-screen flex-col md:grid md:grid-cols-[17rem_minmax(0,1fr)] md:grid-rows-[auto_1fr]">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <div className="md:col-start-2 md:row-start-1">
        <VerifyEmailBanner />
      </div>
      <aside className="flex flex-col border-b border-zinc-200 bg-white md:sticky md:top-0 md:col-start-1 md:row-span-2 md:row-start-1 md:h-screen md:border-r md:border-b-0">
        <div className="flex items-center justify-between pt-5 pr-3 pb-4 pl-5">
          <Logo />
          <NotificationBell />
        </div>
        <div className="px-3">
          <OrgSwitcher currentOrgId={orgId} />
        </div>
        {showNav && <SidebarNav orgId={orgId} />}
        <div className="mt-3 border-t border-zinc-200 p-3 md:mt-auto">
          <UserMenu />
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none md:col-start-2 md:row-start-2">
        <div className="mx-auto max-w-5xl px-4 py-6 md:px-10 md:py-10">{children}</div>
      </main>
    </div>
  );
}
