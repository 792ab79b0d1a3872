import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { itemsLabel } from './content-format';
import { eachItem, useContentMutations } from './content-mutations';
import type { ContentItem } from './content-queries';
import { FolderPicker } from './folder-picker';

const parentOf = (item: ContentItem) => (item.kind === 'folder' ? item.parentId : item.folderId);

/** "Move": pick a folder of the project (never an item being moved or anything inside it). */
export function MoveDialog({
  orgId,
  projectId,
  projectName,
  items,
  startAt,
  open,
  onOpenChange,
  onMoved,
}: {
  orgId: string;
  projectId: string;
  projectName: string;
  items: ContentItem[];
  /** The folder the picker opens on: the one on screen. */
  startAt: string | null;
  open: boolean;
  onOpenChange(open: boolean): void;
  onMoved(): void;
}) {
  const mutations = useContentMutations(orgId);
  const [at, setAt] = useState(startAt);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (open) setAt(startAt);
  }, [open, startAt]);
  const excluded = new Set(items.filter((item) => item.kind === 'folder').map((item) => item.id));
  const alreadyHere = items.every((item) => parentOf(item) === at);
  const label = itemsLabel(items);

  async function move() {
    setPending(true);
    const failures = await eachItem(items, (item) => mutations.move(item, at), mutations.refresh);
    setPending(false);
    if (failures.length === 0) {
      onMoved();
      onOpenChange(false);
      toast.success(`Moved ${label}`);
    } else {
      toast.error(
        `${failures.length === items.length ? 'Nothing was' : `${failures.length} of ${items.length} items were not`} moved: ${readApiError(failures[0]!.error).message}`,
      );
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={`Move ${label}`}
      description="Open the folder to move into, then choose “Move here”."
      size="lg"
    >
      <FolderPicker
        orgId={orgId}
        projectId={projectId}
        projectName={projectName}
        at={at}
        onOpen={setAt}
        excluded={excluded}
      />
      <DialogFooter>
        {alreadyHere && <p className="mr-auto self-center text-sm text-zinc-600">Already in this folder.</p>}
        <DialogCancel disabled={pending} />
        <Button loading={pending} disabled={alreadyHere} onClick={() => void move()}>
          Move here
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
