import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root';
import { signedInRoute } from './orgs';

/** `/account`: the signed-in person's name, email, password and sessions. */
export const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('../account-layout'), 'AccountLayout'),
});

/** `/confirm-email/$token`: the link mailed to a new address. Works signed in or out. */
export const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'confirm-email/$token',
  component: lazyRouteComponent(
    () => import('../../features/account/confirm-email-page'),
    'ConfirmEmailRoute',
  ),
});
