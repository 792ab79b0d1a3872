import { Archive, ArchiveArrowUp, EllipsisVertical } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from '../../components/ui/dropdown-menu';
import { ArchiveProjectDialog } from './archive-project-dialog';
import type { Project } from './project-queries';
import { useRestoreProject } from './use-restore-project';

/** A project row's actions for owners and admins: archive (after confirming) or restore. */
export function ProjectRowMenu({ project }: { project: Project }) {
  const [archiving, setArchiving] = useState(false);
  const { restore, pending } = useRestoreProject();
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" aria-label={`Actions for ${project.name}`} loading={pending}>
            {!pending && <EllipsisVertical aria-hidden className="size-4" />}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-44">
          {project.archivedAt ? (
            <DropdownMenuItem onSelect={() => restore(project.id)}>
              <ArchiveArrowUp aria-hidden className="size-4 text-zinc-500" />
              Restore project
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem destructive onSelect={() => setArchiving(true)}>
              <Archive aria-hidden className="size-4" />
              Archive project…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <ArchiveProjectDialog project={project} open={archiving} onOpenChange={setArchiving} />
    </>
  );
}
