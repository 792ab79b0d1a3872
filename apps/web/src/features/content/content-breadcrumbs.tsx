import { Link } from '@tanstack/react-router';
import { ChevronRight, Search } from 'lucide-react';
import { Fragment, useEffect, useRef } from 'react';
import { cn } from '../../lib/cn';
import type { FolderPath as Path } from './content-queries';
import type { ProjectSearch } from './content-search-params';
import { pathStepClass } from './path-step';

// On touch screens a step's 44 px height reaches over the toolbar's padding.
const crumb = cn(pathStepClass, 'max-lg:-my-3');

/**
 * "Design › Brand › Logos": the project, then each folder down to the one open (the last is not a
 * link). On a phone a path of more than three steps shows its first and last, and "…" (up one); up
 * to 1280 px one of more than four shows the open folder's parent too.
 */
export function ContentBreadcrumbs({
  orgId,
  projectId,
  projectName,
  folder,
  searching,
  folderSearch,
}: {
  orgId: string;
  projectId: string;
  projectName: string;
  folder: Path | null;
  searching: string;
  folderSearch(folderId: string | null): ProjectSearch;
}) {
  if (searching)
    return (
      <p className="flex min-w-0 items-center gap-2 text-sm text-zinc-600" aria-live="polite">
        <Search aria-hidden className="size-4 shrink-0 text-zinc-400" />
        <span className="truncate">
          Results for “<span className="font-medium text-zinc-900">{searching}</span>” in all of {projectName}
        </span>
      </p>
    );
  return (
    <FolderPath
      orgId={orgId}
      projectId={projectId}
      projectName={projectName}
      folder={folder}
      folderSearch={folderSearch}
    />
  );
}

function FolderPath({
  orgId,
  projectId,
  projectName,
  folder,
  folderSearch,
}: {
  orgId: string;
  projectId: string;
  projectName: string;
  folder: Path | null;
  folderSearch(folderId: string | null): ProjectSearch;
}) {
  const steps = [
    { id: null as string | null, name: projectName },
    ...(folder ? [...folder.path, folder] : []),
  ];
  const current = steps.length - 1;
  // On a phone, a path of more than three steps keeps its first and last; up to 1280 px, a path of
  // more than four keeps the open folder's parent too. "…" between is a link up to the last one left out.
  const foldsOnPhone = steps.length > 3;
  const foldsUpToXl = steps.length > 4;
  const foldedOnPhone = (index: number) => foldsOnPhone && index > 0 && index < current;
  const foldedUpToXl = (index: number) => foldsUpToXl && index > 0 && index < current - 1;
  const up = (step: (typeof steps)[number], className: string) => (
    <li className={cn('flex shrink-0 items-center gap-1', className)}>
      <Link
        to="/orgs/$orgId/projects/$projectId"
        params={{ orgId, projectId }}
        search={folderSearch(step.id)}
        aria-label={`Up to ${step.name}`}
        className={cn(crumb, 'px-1 text-center')}
      >
        …
      </Link>
      <ChevronRight aria-hidden className="size-3.5 text-zinc-400" />
    </li>
  );
  // A folder opened from its row: the row went, focus with it. It lands on the folder's name here.
  const here = useRef<HTMLSpanElement>(null);
  const opened = useRef<string | null | undefined>(undefined);
  const currentId = steps[current]!.id;
  useEffect(() => {
    const first = opened.current === undefined;
    opened.current = currentId;
    if (!first && (!document.activeElement || document.activeElement === document.body))
      here.current?.focus();
  }, [currentId]);
  return (
    <nav aria-label="Folder path" className="min-w-0 flex-1">
      <ol className="flex min-w-0 items-center gap-1 text-sm text-zinc-600">
        {steps.map((step, index) => (
          <Fragment key={step.id ?? 'root'}>
            {index === 1 && foldsOnPhone && up(steps[current - 1]!, 'sm:hidden')}
            {index === 1 && foldsUpToXl && up(steps[current - 2]!, 'max-sm:hidden xl:hidden')}
            <li
              className={cn(
                'flex min-w-0 items-center gap-1',
                foldedOnPhone(index) && 'max-sm:hidden',
                foldedUpToXl(index) && 'max-xl:hidden',
                // The project and the open folder keep their names (up to a point); the steps between
                // give way first.
                index === 0 ? 'max-w-[40%] shrink-0' : index === current ? 'max-w-1/2 shrink-0' : 'shrink',
              )}
            >
              {index === current ? (
                <span
                  ref={here}
                  tabIndex={-1}
                  aria-current="page"
                  className="truncate rounded-sm font-semibold text-zinc-900 outline-none"
                  title={step.name}
                >
                  {step.name}
                </span>
              ) : (
                <Link
                  to="/orgs/$orgId/projects/$projectId"
                  params={{ orgId, projectId }}
                  search={folderSearch(step.id)}
                  className={crumb}
                  title={step.name}
                >
                  {step.name}
                </Link>
              )}
              {index < current && <ChevronRight aria-hidden className="size-3.5 shrink-0 text-zinc-400" />}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}
