import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { OwnersAndAdminsOnly } from '../../features/api-keys/owners-and-admins-only';
import { parseStatisticsSearch } from '../../features/statistics/statistics-search-params';
import { orgRoute } from './orgs';

const StatisticsScreen = lazyRouteComponent(
  () => import('../../features/statistics/statistics-screen'),
  'StatisticsScreen',
);

/** The organization's statistics (Overview and Users tabs), for owners and admins. */
export const orgStatisticsRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'statistics',
  // `?tab=users&q=…&sort=uploads&dir=asc` (statistics-search-params).
  validateSearch: parseStatisticsSearch,
  component: () => (
    <OwnersAndAdminsOnly permission="stats.read" title="Statistics" what="statistics">
      <StatisticsScreen />
    </OwnersAndAdminsOnly>
  ),
});
