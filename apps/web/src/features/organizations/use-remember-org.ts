import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { trpc } from '../../lib/trpc';

/**
 * Opening an organization makes the API remember it as the last one used, so that signing in
 * reopens it: once it has loaded (an organization that could not be opened is not remembered),
 * and again whenever the user switches to another.
 */
export function useRememberOpenedOrg(orgId: string, loaded: boolean): void {
  const { mutate } = useMutation(trpc.org.open.mutationOptions());
  useEffect(() => {
    if (loaded) mutate({ orgId });
  }, [orgId, loaded, mutate]);
}
