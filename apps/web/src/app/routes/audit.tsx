import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { OwnersAndAdminsOnly } from '../../features/api-keys/owners-and-admins-only';
import { parseAuditSearch } from '../../features/audit/audit-search-params';
import { orgRoute } from './orgs';

const AuditScreen = lazyRouteComponent(() => import('../../features/audit/audit-screen'), 'AuditScreen');

/** The organization's audit log, for owners and admins. */
export const orgAuditRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'audit',
  validateSearch: parseAuditSearch,
  component: () => (
    <OwnersAndAdminsOnly permission="audit.read" title="Audit log" what="the audit log">
      <AuditScreen />
    </OwnersAndAdminsOnly>
  ),
});
