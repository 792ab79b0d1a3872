import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from '../../components/ui/toaster';
import { trpc, type Org } from '../../lib/trpc';
import { orgChanged } from './org-queries';
import { OrgNameDialog } from './org-name-dialog';

/** "Set Organization Name" (owners and admins). */
export function RenameOrgDialog({
  org,
  open,
  onOpenChange,
}: {
  org: Org;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const queryClient = useQueryClient();
  const rename = useMutation(trpc.org.rename.mutationOptions());

  async function submit(name: string) {
    const renamed = await rename.mutateAsync({ orgId: org.id, name });
    await orgChanged(queryClient, renamed);
    onOpenChange(false);
    toast.success('Organization renamed');
  }

  return (
    <OrgNameDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Set Organization Name"
      description="Everyone in the organization sees this name."
      submitLabel="Save"
      initialName={org.name}
      pending={rename.isPending}
      onSubmit={submit}
    />
  );
}
