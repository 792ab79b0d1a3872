import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { orgRoute } from './orgs';

export const orgMembersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'members',
  component: lazyRouteComponent(() => import('../../features/members/members-screen'), 'MembersScreen'),
});
