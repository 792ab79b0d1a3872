import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toast } from '../../components/ui/toaster';
import { trpc } from '../../lib/trpc';
import { useOrgId } from '../organizations/org-queries';
import { ProjectDialog, type ProjectValues } from './project-dialog';
import { projectsChanged } from './project-queries';

const blank = { name: '', description: '', visibility: 'members' } as const;

/** "New project" (owners and admins): creates it and opens its page, to add members next. */
export function NewProjectDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const orgId = useOrgId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.project.create.mutationOptions());

  async function submit(values: ProjectValues) {
    const project = await create.mutateAsync({ orgId, ...values });
    await projectsChanged(queryClient);
    onOpenChange(false);
    await navigate({ to: '/orgs/$orgId/projects/$projectId', params: { orgId, projectId: project.id } });
    toast.success(`Created ${project.name}`);
  }

  return (
    <ProjectDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New project"
      description="A space for a team's content. You can add members once it is created."
      submitLabel="Create project"
      initialValues={blank}
      showVisibility
      pending={create.isPending}
      onSubmit={submit}
    />
  );
}
