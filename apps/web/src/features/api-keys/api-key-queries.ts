import type { ApiKeyDto } from '@roster/core/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';

export type ApiKey = ApiKeyDto;

/** The organization's keys, active ones first, then the newest (the API's order). */
export const apiKeysQuery = (orgId: string) => trpc.apiKey.list.queryOptions({ orgId });

/** The organization's active projects, for the create dialog's project choice. */
export const keyProjectsQuery = (orgId: string) => trpc.project.list.queryOptions({ orgId });

/** Creates a key; the caller shows its secret (once) from the result. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.apiKey.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.pathKey() });
      },
    }),
  );
}

/** Revokes a key; `onDone` closes the confirmation either way. */
export function useRevokeApiKey(key: ApiKey, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation(
    trpc.apiKey.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.apiKey.list.pathKey() });
        onDone();
        toast.success(`Revoked ${key.name}`);
      },
      onError: (error) => {
        onDone();
        toast.error(readApiError(error).message);
      },
    }),
  );
}
