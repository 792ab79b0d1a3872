import { createLazyRoute } from '@tanstack/react-router';
import { SignUpScreen } from '../../features/auth/sign-up-screen';

/** The sign-up page's own chunk (public.tsx keeps its search and redirect rules). */
export const signUpLazyRoute = createLazyRoute('/sign-up')({
  component: function SignUpRoute() {
    const search = signUpLazyRoute.useSearch();
    return <SignUpScreen redirectTo={search.redirect ?? null} email={search.email ?? null} />;
  },
});
