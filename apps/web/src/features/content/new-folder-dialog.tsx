import { toast } from '../../components/ui/toaster';
import { useContentMutations } from './content-mutations';
import { NameDialog } from './name-dialog';

/** "New folder" in the folder on screen (the project's root when none). */
export function NewFolderDialog({
  orgId,
  projectId,
  parentId,
  parentName,
  open,
  onOpenChange,
}: {
  orgId: string;
  projectId: string;
  parentId: string | null;
  parentName: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const mutations = useContentMutations(orgId);
  return (
    <NameDialog
      open={open}
      onOpenChange={onOpenChange}
      title="New folder"
      description={`In ${parentName}. Names are unique within a folder, whatever their case.`}
      submitLabel="Create folder"
      initialName=""
      pending={mutations.creating}
      onSubmit={async (name) => {
        const folder = await mutations.createFolder(projectId, parentId, name);
        await mutations.refresh();
        onOpenChange(false);
        toast.success(`Created ${folder.name}`);
      }}
    />
  );
}
