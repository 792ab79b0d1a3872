import type { ReactNode } from 'react';
import { Logo } from '../components/logo';
import { VerifyEmailBanner } from '../features/auth/verify-email-banner';
import { NotificationBell } from '../features/notifications/notification-bell';
import { ShellTopBar } from './shell-drawer';
import { SidebarPanel } from './sidebar-panel';

/**
 * The signed-in frame. From 1024 px: a sidebar (logo and bell, switcher, navigation, theme, user
 * menu) beside the page, under the email banner. Narrower: a top bar whose menu button opens the
 * same sidebar as a drawer, then the banner, then the page at full width.
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
    <div className="flex min-h-screen flex-col lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
      <a
        href="#main"
        className="fixed top-2 left-2 z-[60] -translate-y-[calc(100%+2rem)] inline-flex min-h-11 items-center rounded-md bg-white px-4 text-sm font-medium text-zinc-900 ring-2 ring-indigo-500 outline-none focus:translate-y-0 focus:shadow-lg"
      >
        Skip to content
      </a>
      <ShellTopBar orgId={orgId} showNav={showNav} />
      <div className="lg:col-start-2 lg:row-start-1">
        <VerifyEmailBanner />
      </div>
      <aside className="hidden border-r border-zinc-200 bg-white lg:sticky lg:top-0 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:flex lg:h-screen lg:flex-col">
        <div className="flex items-center justify-between pt-5 pr-3 pb-4 pl-5">
          <Logo />
          <NotificationBell />
        </div>
        <SidebarPanel orgId={orgId} showNav={showNav} />
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none lg:col-start-2 lg:row-start-2">
        <div className="mx-auto max-w-5xl px-4 py-6 md:px-10 lg:py-10">{children}</div>
      </main>
    </div>
  );
}
