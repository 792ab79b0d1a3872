import { createRoute, redirect } from '@tanstack/react-router';
import { loadSession } from '../../features/auth/session';
import { OrgOverviewScreen } from '../../features/organizations/org-overview-screen';
import { ProjectScreen } from '../../features/projects/project-screen';
import { ProjectsScreen } from '../../features/projects/projects-screen';
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

interface ProjectsSearch {
  /** `?archived=true`: archived projects too (owners and admins). */
  archived?: true;
}

export const orgProjectsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'projects',
  validateSearch: (search: Record<string, unknown>): ProjectsSearch =>
    search.archived === true || search.archived === 'true' ? { archived: true } : {},
  component: function ProjectsRoute() {
    return <ProjectsScreen showArchived={orgProjectsRoute.useSearch().archived === true} />;
  },
});

export const orgProjectRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'projects/$projectId',
  component: ProjectScreen,
});
