import { UserMenu } from '../features/auth/user-menu';
import { OrgSwitcher } from '../features/organizations/org-switcher';
import { ThemeToggle } from '../features/theme/theme-toggle';
import { SidebarNav } from './sidebar-nav';

/**
 * What the sidebar holds under its logo row, the same in the desktop sidebar and the phone drawer:
 * the switcher and the pages (scrolling if the window is short), then the theme and the user menu.
 */
export function SidebarPanel({ orgId, showNav }: { orgId: string; showNav: boolean }) {
  return (
    <>
      <div className="min-h-0 flex-1 overflow-y-auto pb-3">
        <div className="px-3 pt-1">
          <OrgSwitcher currentOrgId={orgId} />
        </div>
        {showNav && <SidebarNav orgId={orgId} />}
      </div>
      <div className="space-y-2 border-t border-zinc-200 p-3">
        <ThemeToggle className="px-1" />
        <UserMenu />
      </div>
    </>
  );
}
