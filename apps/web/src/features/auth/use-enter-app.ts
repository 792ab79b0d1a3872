import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';

/** After signing in or up: start from fresh data and open the organization (or the page asked for). */
export function useEnterApp() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (orgId: string, redirectTo: string | null) => {
    queryClient.removeQueries();
    if (redirectTo) {
      router.history.push(redirectTo);
    } else {
      await router.navigate({ to: '/orgs/$orgId', params: { orgId } });
    }
  };
}
