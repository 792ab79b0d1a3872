import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog, DialogCancel, DialogFooter } from '../../components/ui/dialog';
import { toast } from '../../components/ui/toaster';
import { readApiError } from '../../lib/api-error';
import { itemsLabel } from './content-format';
import { eachItem, useContentMutations } from './content-mutations';
import type { ContentItem } from './content-queries';
import { FolderPicker } from './folder-picker';
import { MoveProjectPicker, type MoveTarget } from './move-project-picker';

// Why "Move here" is off, at the left of the buttons; on a phone on a line of its own above them.
const hint = 'mr-auto self-center text-sm text-zinc-600 max-sm:basis-full';
const parentOf = (item: ContentItem) => (item.kind === 'folder' ? item.parentId : item.folderId);

/**
 * "Move": pick a folder of the project (never an item being moved or anything inside it), or — for
 * files — a folder of another project where the user may add files ("Projects", a step up from
 * the root).
 */
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
  const current: MoveTarget = { id: projectId, name: projectName };
  /** The project open in the picker; null while it lists the projects. */
  const [target, setTarget] = useState<MoveTarget | null>(current);
  const [at, setAt] = useState(startAt);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setTarget({ id: projectId, name: projectName });
    setAt(startAt);
    setProblem(null);
  }, [open, startAt, projectId, projectName]);
  const folders = items.filter((item) => item.kind === 'folder');
  const excluded = new Set(folders.map((item) => item.id));
  const elsewhere = target !== null && target.id !== projectId;
  const alreadyHere = target?.id === projectId && items.every((item) => parentOf(item) === at);
  const label = itemsLabel(items);

  async function move() {
    if (!target) return;
    setPending(true);
    setProblem(null);
    const failures = await eachItem(items, (item) => mutations.move(item, at, target.id), mutations.refresh);
    setPending(false);
    if (failures.length === 0) {
      onMoved();
      onOpenChange(false);
      toast.success(elsewhere ? `Moved ${label} to ${target.name}` : `Moved ${label}`);
    } else {
      setProblem(
        `${failures.length === items.length ? 'Nothing was' : `${failures.length} of ${items.length} items were not`} moved: ${readApiError(failures[0]!.error).message}`,
      );
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !pending && onOpenChange(next)}
      title={`Move ${label}`}
      description={
        folders.length > 0
          ? 'Open the folder to move into, then choose “Move here”. Folders stay in their project.'
          : 'Open the folder to move into, then choose “Move here”. “Projects” leads to your other projects.'
      }
      size="lg"
    >
      {target ? (
        <FolderPicker
          orgId={orgId}
          projectId={target.id}
          projectName={target.name}
          at={at}
          onOpen={(folderId) => {
            setAt(folderId);
            setProblem(null);
          }}
          excluded={excluded}
          onProjects={() => setTarget(null)}
        />
      ) : (
        <MoveProjectPicker
          orgId={orgId}
          current={current}
          hasFolders={folders.length > 0}
          onOpen={(project) => {
            setTarget(project);
            setAt(project.id === projectId ? startAt : null);
            setProblem(null);
          }}
        />
      )}
      {problem && (
        <div className="mt-3">
          <ErrorAlert>{problem}</ErrorAlert>
        </div>
      )}
      <DialogFooter>
        {alreadyHere && <p className={hint}>Already in this folder.</p>}
        {!target && <p className={hint}>Open a project first.</p>}
        <DialogCancel disabled={pending} />
        <Button loading={pending} disabled={alreadyHere || !target} onClick={() => void move()}>
          Move here
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
