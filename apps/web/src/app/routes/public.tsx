import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { homeOrgId, loadSession } from '../../features/auth/session';
import { safeRedirect } from '../../lib/safe-redirect';
import { rootRoute, type RouterContext } from './root';

interface AuthSearch {
  /** Where to go after signing in: the signed-in page the visitor first asked for. */
  redirect?: string;
}

const validateSearch = (search: Record<string, unknown>): AuthSearch => {
  const target = safeRedirect(search.redirect);
  return target ? { redirect: target } : {};
};

interface EmailSearch {
  /** An email to start the form with, e.g. the one typed on the previous page. */
  email?: string;
}

export const emailSearch = (search: Record<string, unknown>): EmailSearch =>
  typeof search.email === 'string' && search.email.length <= 320 ? { email: search.email } : {};

/** Signed-in visitors have nothing to do on the sign-in and sign-up pages. */
async function skipWhenSignedIn({ context }: { context: RouterContext }) {
  const me = await loadSession(context.queryClient);
  if (me) throw redirect({ to: '/', replace: true });
}

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>) => ({
    ...validateSearch(search),
    ...emailSearch(search),
  }),
  beforeLoad: skipWhenSignedIn,
}).lazy(() => import('./sign-in.lazy').then((m) => m.signInLazyRoute));

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-up',
  validateSearch: (search: Record<string, unknown>) => ({
    ...validateSearch(search),
    ...emailSearch(search),
  }),
  beforeLoad: skipWhenSignedIn,
}).lazy(() => import('./sign-up.lazy').then((m) => m.signUpLazyRoute));

/** `/`: the organization used last, or sign in. */
export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const me = await loadSession(context.queryClient);
    if (!me) throw redirect({ to: '/sign-in' });
    const orgId = homeOrgId(me);
    if (orgId) throw redirect({ to: '/orgs/$orgId', params: { orgId }, replace: true });
  },
  component: lazyRouteComponent(() => import('../no-organization-page'), 'NoOrganizationPage'),
});
