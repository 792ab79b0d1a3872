import { Link } from '@tanstack/react-router';
import { ChevronRight } from 'lucide-react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';

/** "Projects › Design": the way back to the projects list. */
export function ProjectBreadcrumbs({ orgId, current }: { orgId: string; current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-3 max-lg:mb-1">
      <ol className="flex items-center gap-1.5 text-sm text-zinc-500">
        <li>
          <Link
            to="/orgs/$orgId/projects"
            params={{ orgId }}
            className={cn(
              'inline-flex items-center rounded-sm font-medium hover:text-zinc-900 hover:underline max-lg:min-h-11',
              focusRing,
            )}
          >
            Projects
          </Link>
        </li>
        {current && (
          <li className="flex min-w-0 items-center gap-1.5">
            <ChevronRight aria-hidden className="size-3.5 shrink-0 text-zinc-400" />
            <span aria-current="page" className="truncate text-zinc-700">
              {current}
            </span>
          </li>
        )}
      </ol>
    </nav>
  );
}
