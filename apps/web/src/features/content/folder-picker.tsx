import { useInfiniteQuery } from '@tanstack/react-query';
import { ChevronRight, Folder, FolderX } from 'lucide-react';
import { Button, focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { PickerError, PickerLoading } from './picker-states';
import { contentListQuery } from './content-queries';
import { pathStepClass } from './path-step';

/**
 * Browses a project's folders one level at a time (each level read when opened): the path at the
 * top, the folders of the one open below. `excluded` folders (those being moved) cannot be opened,
 * so neither they nor anything inside them can be chosen. With `onProjects`, the path starts with
 * a “Projects” step up from the project's root.
 */
export function FolderPicker({
  orgId,
  projectId,
  projectName,
  at,
  onOpen,
  excluded,
  onProjects,
}: {
  orgId: string;
  projectId: string;
  projectName: string;
  at: string | null;
  onOpen(folderId: string | null): void;
  excluded: ReadonlySet<string>;
  onProjects?: () => void;
}) {
  const list = useInfiniteQuery({
    ...contentListQuery({ orgId, projectId, folderId: at, search: '', sort: 'name', order: 'asc' }),
    placeholderData: undefined,
  });
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const folders = items.filter((item) => item.kind === 'folder');
  // Folders come first: once a file shows up, every folder of this level has been read.
  const moreFolders = list.hasNextPage && items.at(-1)?.kind === 'folder';
  const here = pages[0]?.folder;
  const steps = [{ id: null as string | null, name: projectName }, ...(here ? [...here.path, here] : [])];

  return (
    <div className="rounded-md border border-zinc-200">
      <nav aria-label="Folder path in the picker" className="border-b border-zinc-200 px-3 py-2 max-lg:py-0">
        <ol className="flex min-w-0 flex-wrap items-center gap-1 text-sm text-zinc-600">
          {onProjects && (
            <li className="flex min-w-0 items-center gap-1">
              <button type="button" className={pathStepClass} onClick={onProjects}>
                Projects
              </button>
              <ChevronRight aria-hidden className="size-3.5 text-zinc-400" />
            </li>
          )}
          {steps.map((step, index) => (
            <li key={step.id ?? 'root'} className="flex min-w-0 items-center gap-1">
              {index === steps.length - 1 ? (
                <span aria-current="location" className="truncate font-semibold text-zinc-900">
                  {step.name}
                </span>
              ) : (
                <button type="button" className={pathStepClass} onClick={() => onOpen(step.id)}>
                  {step.name}
                </button>
              )}
              {index < steps.length - 1 && <ChevronRight aria-hidden className="size-3.5 text-zinc-400" />}
            </li>
          ))}
        </ol>
      </nav>
      <div className="max-h-64 overflow-y-auto p-1">
        {list.isPending ? (
          <PickerLoading label="Loading folders" />
        ) : list.isError ? (
          <PickerError what="Folders" query={list} />
        ) : folders.length === 0 ? (
          <p className="flex items-center gap-2 p-3 text-sm text-zinc-600">
            <FolderX aria-hidden className="size-4 text-zinc-400" />
            No folders in here.
          </p>
        ) : (
          <ul aria-label={`Folders in ${steps.at(-1)!.name}`}>
            {folders.map((folder) => {
              const moving = excluded.has(folder.id);
              return (
                <li key={folder.id}>
                  <button
                    type="button"
                    disabled={moving}
                    onClick={() => onOpen(folder.id)}
                    className={cn(
                      'flex w-full min-w-0 items-center gap-2 rounded-md px-2 py-2 text-left text-sm text-zinc-800 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:text-zinc-400 disabled:hover:bg-transparent max-lg:min-h-11',
                      focusRing,
                    )}
                  >
                    <Folder aria-hidden className="size-4 shrink-0 fill-indigo-100 text-indigo-500" />
                    <span className="truncate">{folder.name}</span>
                    {moving ? (
                      <span className="ml-auto shrink-0 text-xs">Being moved</span>
                    ) : (
                      <ChevronRight aria-hidden className="ml-auto size-4 shrink-0 text-zinc-400" />
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {moreFolders && (
          <Button
            variant="ghost"
            size="sm"
            className="mt-1 w-full"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            Show more folders
          </Button>
        )}
      </div>
    </div>
  );
}
