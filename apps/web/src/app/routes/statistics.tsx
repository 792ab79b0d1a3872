import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { OwnersAndAdminsOnly } from '../../features/api-keys/owners-and-admins-only';
import { orgRoute } from './orgs';

const StatisticsScreen = lazyRouteComponent(
  () => import('../../features/statistics/statistics-screen'),
  'StatisticsScreen',
);

/** The organization's statistics (Overview and Users tabs), for owners and admins. */
export const orgStatisticsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'statistics',
  component: () => (
    <OwnersAndAdminsOnly permission="stats.read" title="Statistics" what="statistics">
      <StatisticsScreen />
    </OwnersAndAdminsOnly>
  ),
});
