import { createRoute } from '@tanstack/react-router';
import { MembersScreen } from '../../features/members/members-screen';
import { orgRoute } from './orgs';

export const orgMembersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'members',
  component: MembersScreen,
});
