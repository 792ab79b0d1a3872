import { createRouter } from '@tanstack/react-router';
import { PageSpinner } from '../components/ui/spinner';
import { toast } from '../components/ui/toaster';
import { forgetSessionData, markSignedOut } from '../features/auth/session';
import { queryClient, setSessionLostHandler } from '../lib/query-client';
import {
  orgOverviewRoute,
  orgProjectRoute,
  orgProjectsRoute,
  orgRoute,
  orgSettingsRoute,
  signedInRoute,
} from './routes/orgs';
import { accountRoute, confirmEmailRoute } from './routes/account';
import { forgotPasswordRoute, resetPasswordRoute, verifyEmailRoute } from './routes/email-links';
import { inviteRoute } from './routes/invite';
import { orgApiKeysRoute, orgUsageRoute } from './routes/developer';
import { orgMembersRoute } from './routes/members';
import { orgAuditRoute } from './routes/audit';
import { orgPluginsRoute } from './routes/plugins';
import { orgStatisticsRoute } from './routes/statistics';
import { indexRoute, signInRoute, signUpRoute } from './routes/public';
import { rootRoute } from './routes/root';

const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  signUpRoute,
  inviteRoute,
  verifyEmailRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  confirmEmailRoute,
  signedInRoute.addChildren([
    accountRoute,
    orgRoute.addChildren([
      orgOverviewRoute,
      orgProjectsRoute,
      orgProjectRoute,
      orgMembersRoute,
      orgSettingsRoute,
      orgApiKeysRoute,
      orgUsageRoute,
      orgStatisticsRoute,
      orgAuditRoute,
      orgPluginsRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Route data lives in TanStack Query; the router need not cache it as well.
  defaultPreloadStaleTime: 0,
  defaultPendingMs: 300,
  defaultPendingComponent: () => (
    <div className="flex min-h-screen">
      <PageSpinner />
    </div>
  ),
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// The session ended elsewhere (expired, or "sign out everywhere" on another device): sign in again
// and come back to this page.
setSessionLostHandler(() => {
  const { pathname, href } = router.state.location;
  if (pathname === '/sign-in' || pathname === '/sign-up') return;
  markSignedOut(queryClient);
  void router
    .navigate({ to: '/sign-in', search: { redirect: href } })
    .then(() => forgetSessionData(queryClient));
  toast.info('Your session has ended. Sign in to continue.', { id: 'session-lost' });
});
