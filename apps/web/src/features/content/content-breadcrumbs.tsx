import { Link } from '@tanstack/react-router';
import { ChevronRight, Search } from 'lucide-react';
import { Fragment } from 'react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import type { FolderPath } from './content-queries';
import type { ProjectSearch } from './content-search-params';

const crumb = cn('truncate rounded-sm font-medium hover:text-zinc-900 hover:underline', focusRing);

/**
 * "Design › Brand › Logos": the project, then each folder down to the one open (the last is not a
 * link). On a phone a long path keeps its first and last two steps, with "…" between.
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
  folder: FolderPath | null;
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
  const steps = [
    { id: null as string | null, name: projectName },
    ...(folder ? [...folder.path, folder] : []),
  ];
  const current = steps.length - 1;
  // On a phone, steps between the first and the last two fold into "…".
  const folded = (index: number) => steps.length > 3 && index > 0 && index < current - 1;
  return (
    <nav aria-label="Folder path" className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1 text-sm text-zinc-600">
        {steps.map((step, index) => (
          <Fragment key={step.id ?? 'root'}>
            {index === 1 && steps.length > 3 && (
              <li aria-hidden className="flex shrink-0 items-center gap-1 sm:hidden">
                <span>…</span>
                <ChevronRight className="size-3.5 text-zinc-400" />
              </li>
            )}
            <li
              className={cn(
                'flex min-w-0 items-center gap-1',
                folded(index) && 'max-sm:hidden',
                index === current ? 'shrink' : 'shrink-[2]',
              )}
            >
              {index === current ? (
                <span aria-current="page" className="truncate font-semibold text-zinc-900" title={step.name}>
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
