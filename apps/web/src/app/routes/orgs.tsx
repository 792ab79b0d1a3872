import { createRoute, redirect } from '@tanstack/react-router';
import { loadSession } from '../../features/auth/session';
import { OrgOverviewScreen } from '../../features/organizations/org-overview-screen';
import { OrgSettingsScreen } from '../../features/settings/org-settings-screen';
import { OrgLayout } from '../org-layout';
import { rootRoute } from './root';

/** Every page below needs a session: without one, sign in and come back. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await loadSession(context.queryClient);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { me };
  },
});

export const orgRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'orgs/$orgId',
  component: OrgLayout,
});

export const orgOverviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  component: OrgOverviewScreen,
});

export const orgSettingsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'settings',
  component: OrgSettingsScreen,
});
