import { createRoute } from '@tanstack/react-router';
import { rootRoute } from './root';

/** `/invite/$token`: the link in an invitation email. Works signed in or out. */
export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invite/$token',
}).lazy(() => import('./invite.lazy').then((m) => m.inviteLazyRoute));
