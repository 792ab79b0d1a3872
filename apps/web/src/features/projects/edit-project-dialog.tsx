import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { ProjectDialog, type ProjectValues } from './project-dialog';
import { projectsChanged, type Project } from './project-queries';

/**
 * "Edit project" (its managers): name and description; visibility too for owners and admins,
 * except on the Library, which is always open to the whole organization.
 */
export function EditProjectDialog({
  project,
  canChangeVisibility,
  open,
  onOpenChange,
}: {
  project: Project;
  canChangeVisibility: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.project.update.mutationOptions());
  const showVisibility = canChangeVisibility && !project.isLibrary;

  async function submit({ name, description, visibility }: ProjectValues) {
    await update.mutateAsync({
      orgId,
      projectId: project.id,
      name,
      description: description ?? '',
      ...(showVisibility ? { visibility } : {}),
    });
    await projectsChanged(queryClient);
    onOpenChange(false);
    toast.success('Project saved');
  }

  return (
    <ProjectDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Edit project"
      description="Everyone who can see the project sees its name and description."
      submitLabel="Save changes"
      initialValues={{ name: project.name, description: project.description, visibility: project.visibility }}
      showVisibility={showVisibility}
      pending={update.isPending}
      onSubmit={submit}
    />
  );
}
