import { toast } from '../../components/ui/toaster';
import { useContentMutations } from './content-mutations';
import type { ContentItem } from './content-queries';
import { NameDialog } from './name-dialog';

/** "Rename" a folder or a file; a name taken in its folder is refused by the field. */
export function RenameDialog({
  orgId,
  item,
  open,
  onOpenChange,
  onRenamed,
}: {
  orgId: string;
  item: ContentItem;
  open: boolean;
  onOpenChange(open: boolean): void;
  onRenamed(): void;
}) {
  const mutations = useContentMutations(orgId);
  const what = item.kind === 'folder' ? 'folder' : 'file';
  return (
    <NameDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Rename ${what}`}
      description={`Renaming ${item.name}. Names are unique within a folder, whatever their case.`}
      submitLabel="Rename"
      initialName={item.name}
      keepExtension={item.kind === 'asset'}
      pending={mutations.renaming}
      onSubmit={async (name) => {
        if (name === item.name) return onOpenChange(false);
        const renamed = await mutations.rename(item, name);
        await mutations.refresh();
        onOpenChange(false);
        onRenamed();
        toast.success(`Renamed to ${renamed.name}`);
      }}
    />
  );
}
