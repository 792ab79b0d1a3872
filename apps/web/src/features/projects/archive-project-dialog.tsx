import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { projectsChanged, type Project } from './project-queries';

/** Asks before archiving a project (owners and admins; never the Library). */
export function ArchiveProjectDialog({
  project,
  open,
  onOpenChange,
}: {
  project: Pick<Project, 'id' | 'name'>;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const archive = useMutation(
    trpc.project.archive.mutationOptions({
      onSuccess: async (archived) => {
        await projectsChanged(queryClient);
        onOpenChange(false);
        toast.success(`Archived ${archived.name}`);
      },
      onError: (error) => toast.error(readApiError(error).message),
    }),
  );

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Archive ${project.name}?`}
      description="The project becomes read-only and members no longer see it. Owners and admins find it under “Show archived” and can restore it at any time."
      confirmLabel="Archive project"
      destructive
      pending={archive.isPending}
      onConfirm={() => archive.mutate({ orgId, projectId: project.id, archived: true })}
    />
  );
}
