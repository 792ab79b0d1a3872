import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { toast } from '../../components/ui/toaster';
import { trpc } from '../../lib/trpc';
import { OrgNameDialog } from './org-name-dialog';
import { refreshOrgLists } from './org-queries';

/** "New Organization": creates one the user owns and switches to it. */
export function CreateOrgDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation(trpc.org.create.mutationOptions());

  async function submit(name: string) {
    const org = await create.mutateAsync({ name });
    await refreshOrgLists(queryClient);
    onOpenChange(false);
    await navigate({ to: '/orgs/$orgId', params: { orgId: org.id } });
    toast.success(`Created ${org.name}`);
  }

  return (
    <OrgNameDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New Organization"
      description="A separate space with its own members, projects and settings. You will be its owner."
      submitLabel="Create organization"
      pending={create.isPending}
      onSubmit={submit}
    />
  );
}
