import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { projectsChanged } from './project-queries';

/** Restores an archived project (owners and admins) and says so. */
export function useRestoreProject() {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.project.archive.mutationOptions({
      onSuccess: async (restored) => {
        await projectsChanged(queryClient);
        toast.success(`Restored ${restored.name}`);
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );
  return {
    restore: (projectId: string) => mutation.mutate({ orgId, projectId, archived: false }),
    pending: mutation.isPending,
  };
}
