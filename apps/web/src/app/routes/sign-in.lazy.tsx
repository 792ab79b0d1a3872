import { createLazyRoute } from '@tanstack/react-router';
import { SignInScreen } from '../../features/auth/sign-in-screen';

/** The sign-in page's own chunk (public.tsx keeps its search and redirect rules). */
export const signInLazyRoute = createLazyRoute('/sign-in')({
  component: function SignInRoute() {
    const search = signInLazyRoute.useSearch();
    return <SignInScreen redirectTo={search.redirect ?? null} email={search.email ?? null} />;
  },
});
