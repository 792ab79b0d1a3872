import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { loadSession } from '../../features/auth/session';
import { parseProjectSearch } from '../../features/content/content-search-params';
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
  component: lazyRouteComponent(() => import('../org-layout'), 'OrgLayout'),
});

export const orgOverviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../../features/organizations/org-overview-screen'),
    'OrgOverviewScreen',
  ),
});

export const orgSettingsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'settings',
  component: lazyRouteComponent(
    () => import('../../features/settings/org-settings-screen'),
    'OrgSettingsScreen',
  ),
});

interface ProjectsSearch {
  /** `?archived=true`: archived projects too (owners and admins). */
  archived?: true;
}

export const orgProjectsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'projects',
  validateSearch: (search: Record<string, unknown>): ProjectsSearch =>
    search.archived === true || search.archived === 'true' ? { archived: true } : {},
}).lazy(() => import('./projects.lazy').then((m) => m.projectsLazyRoute));

export const orgProjectRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'projects/$projectId',
  // `?tab=members`; on the Content tab `?folder=<id>&q=…&sort=size&order=desc` (content-search-params).
  validateSearch: parseProjectSearch,
  component: lazyRouteComponent(() => import('../../features/projects/project-screen'), 'ProjectScreen'),
});
