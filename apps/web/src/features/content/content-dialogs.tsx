import type { ContentItem } from './content-queries';
import type { ContentAction } from './content-table-model';
import { DeleteDialog } from './delete-dialog';
import { MoveDialog } from './move-dialog';
import { NewFolderDialog } from './new-folder-dialog';
import { RenameDialog } from './rename-dialog';

export type ContentRequest = { action: ContentAction; items: ContentItem[] } | { action: 'new-folder' };

/** The one dialog open at a time over the listing: new folder, rename, move or delete. */
export function ContentDialogs({
  orgId,
  projectId,
  projectName,
  folderId,
  folderName,
  request,
  open,
  onClose,
  onDone,
}: {
  orgId: string;
  projectId: string;
  projectName: string;
  folderId: string | null;
  folderName: string;
  /** The last dialog asked for: it stays mounted once closed, so it can animate out and give focus back. */
  request: ContentRequest | null;
  open: boolean;
  onClose(): void;
  /** After a rename, move or delete: the selection is cleared. */
  onDone(): void;
}) {
  const close = (open: boolean) => !open && onClose();
  if (!request) return null;
  switch (request.action) {
    case 'new-folder':
      return (
        <NewFolderDialog
          orgId={orgId}
          projectId={projectId}
          parentId={folderId}
          parentName={folderName}
          open={open}
          onOpenChange={close}
        />
      );
    case 'rename':
      return (
        <RenameDialog
          orgId={orgId}
          item={request.items[0]!}
          open={open}
          onOpenChange={close}
          onRenamed={onDone}
        />
      );
    case 'move':
      return (
        <MoveDialog
          orgId={orgId}
          projectId={projectId}
          projectName={projectName}
          items={request.items}
          startAt={folderId}
          open={open}
          onOpenChange={close}
          onMoved={onDone}
        />
      );
    case 'delete':
      return (
        <DeleteDialog
          orgId={orgId}
          items={request.items}
          open={open}
          onOpenChange={close}
          onDeleted={onDone}
        />
      );
  }
}
