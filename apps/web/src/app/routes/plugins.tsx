import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { orgRoute } from './orgs';

const PluginsScreen = lazyRouteComponent(
  () => import('../../features/plugins/plugins-screen'),
  'PluginsScreen',
);

/** The organization's plugins: everyone sees what is installed; owners and admins manage them. */
export const orgPluginsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'plugins',
  component: PluginsScreen,
});
