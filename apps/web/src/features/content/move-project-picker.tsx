import { canInProject } from '@roster/core/browser';
import { useQuery } from '@tanstack/react-query';
import { ChevronRight, FolderKanban, FolderX, Info } from 'lucide-react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { PickerError, PickerLoading } from './picker-states';
import { trpc } from '../../lib/trpc';

export interface MoveTarget {
  id: string;
  name: string;
}

const rowClass = cn(
  'flex w-full min-w-0 items-center gap-2 rounded-md px-2 py-2 text-left text-sm text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:text-zinc-500 disabled:hover:bg-transparent max-lg:min-h-11',
  focusRing,
);

/**
 * The picker's level above a project's root: the organization's active projects where the user
 * may add content (their effective role allows `content.write`). Folders never leave their project,
 * so with a folder in the selection only the current project can be opened.
 */
export function MoveProjectPicker({
  orgId,
  current,
  hasFolders,
  onOpen,
}: {
  orgId: string;
  current: MoveTarget;
  hasFolders: boolean;
  onOpen(project: MoveTarget): void;
}) {
  const list = useQuery(trpc.project.list.queryOptions({ orgId }));
  const projects = (list.data ?? []).filter(
    (project) =>
      project.id === current.id ||
      (project.archivedAt === null && canInProject(project.role, 'content.write')),
  );

  return (
    <div className="rounded-md border border-zinc-200">
      <nav aria-label="Folder path in the picker" className="border-b border-zinc-200 px-3 py-2 max-lg:py-3">
        <p aria-current="location" className="text-sm font-semibold text-zinc-900">
          Projects
        </p>
      </nav>
      {hasFolders && (
        <p className="flex gap-2 border-b border-zinc-200 px-3 py-2 text-sm text-zinc-700">
          <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-500" />
          Folders stay in their project: to move files to another project, select only files.
        </p>
      )}
      <div className="max-h-64 overflow-y-auto p-1">
        {list.isPending ? (
          <PickerLoading label="Loading projects" />
        ) : list.isError ? (
          <PickerError what="Projects" query={list} />
        ) : (
          <>
            <ul aria-label="Projects you can add files to">
              {projects.map((project) => {
                const here = project.id === current.id;
                const closed = hasFolders && !here;
                return (
                  <li key={project.id}>
                    <button
                      type="button"
                      disabled={closed}
                      onClick={() => onOpen({ id: project.id, name: project.name })}
                      className={rowClass}
                    >
                      <FolderKanban aria-hidden className="size-4 shrink-0 text-indigo-500" />
                      <span className="truncate">{project.name}</span>
                      {here ? (
                        <span className="ml-auto shrink-0 text-xs text-zinc-600">This project</span>
                      ) : closed ? (
                        <span className="ml-auto shrink-0 text-xs">Files only</span>
                      ) : (
                        <ChevronRight aria-hidden className="ml-auto size-4 shrink-0 text-zinc-400" />
                      )}
                    </button>
                  </li>
                );
              })}
            </ul>
            {projects.length <= 1 && (
              <p className="flex items-center gap-2 p-3 text-sm text-zinc-600">
                <FolderX aria-hidden className="size-4 text-zinc-400" />
                No other project you can add files to.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
