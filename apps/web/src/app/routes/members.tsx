import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { parseMembersSearch } from '../../features/members/members-search-params';
import { orgRoute } from './orgs';

export const orgMembersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'members',
  validateSearch: parseMembersSearch,
  component: lazyRouteComponent(() => import('../../features/members/members-screen'), 'MembersScreen'),
});
