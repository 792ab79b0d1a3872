import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { OwnersAndAdminsOnly } from '../../features/api-keys/owners-and-admins-only';
import { orgRoute } from './orgs';

const ApiKeysScreen = lazyRouteComponent(
  () => import('../../features/api-keys/api-keys-screen'),
  'ApiKeysScreen',
);
const UsageScreen = lazyRouteComponent(() => import('../../features/usage/usage-screen'), 'UsageScreen');

/**
 * The developer pages, for owners and admins. A member who opens one is told so; the page's own
 * code is not even loaded for them.
 */
export const orgApiKeysRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'api-keys',
  component: () => (
    <OwnersAndAdminsOnly permission="apiKey.manage" title="API keys" what="API keys">
      <ApiKeysScreen />
    </OwnersAndAdminsOnly>
  ),
});

export const orgUsageRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'usage',
  component: () => (
    <OwnersAndAdminsOnly permission="usage.read" title="Usage" what="usage">
      <UsageScreen />
    </OwnersAndAdminsOnly>
  ),
});
