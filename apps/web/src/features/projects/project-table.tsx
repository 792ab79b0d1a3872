import { Link } from '@tanstack/react-router';
import { FolderKanban, Library } from 'lucide-react';
import { rowNameLinkClass } from '../../components/ui/text-link';
import { cn } from '../../lib/cn';
import { ArchivedBadge, LibraryBadge, RoleBadge, VisibilityBadge } from './project-badges';
import { memberCountLabel } from './project-format';
import type { Project } from './project-queries';
import { ProjectRowMenu } from './project-row-menu';

// Sentence-case headers, as in the members table. Below 768 px only the name and the menu keep a
// column: visibility, members and role fold into the name's cell; below 1280 px, members only.
const th = 'px-5 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500 max-md:px-4';
const wide = 'max-md:hidden';
const wider = 'max-xl:hidden';

/**
 * The projects the user sees; owners and admins get a menu per row (never on the Library). The
 * Library shows its name once, with a "Built-in" badge.
 */
export function ProjectTable({
  orgId,
  projects,
  manageable,
}: {
  orgId: string;
  projects: Project[];
  manageable: boolean;
}) {
  return (
    <table className="relative w-full table-fixed text-sm">
      <caption className="sr-only">Projects</caption>
      <thead className="border-b border-zinc-100 bg-zinc-50/60">
        <tr>
          <th scope="col" className={th}>
            Project
          </th>
          <th scope="col" className={cn(th, wide, 'w-48')}>
            Visibility
          </th>
          <th scope="col" className={cn(th, wider, 'w-36')}>
            Members
          </th>
          <th scope="col" className={cn(th, wide, 'w-32')}>
            Your role
          </th>
          {manageable && (
            <th scope="col" className="w-14 max-lg:w-16">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {projects.map((project) => {
          const Icon = project.isLibrary ? Library : FolderKanban;
          return (
            <tr key={project.id} className={cn('hover:bg-zinc-50/60', project.archivedAt && 'bg-zinc-50/40')}>
              <td className="px-5 py-3.5 max-md:px-4">
                <div className="flex min-w-0 items-center gap-3">
                  <span
                    className={cn(
                      'flex size-9 shrink-0 items-center justify-center rounded-md',
                      project.isLibrary ? 'bg-indigo-50 text-indigo-600' : 'bg-zinc-100 text-zinc-500',
                    )}
                  >
                    <Icon aria-hidden className="size-4.5" />
                  </span>
                  <div className="min-w-0">
                    <div className="flex min-w-0 items-center gap-2">
                      <Link
                        to="/orgs/$orgId/projects/$projectId"
                        params={{ orgId, projectId: project.id }}
                        className={rowNameLinkClass}
                      >
                        {project.name}
                      </Link>
                      {project.isLibrary && <LibraryBadge />}
                      {project.archivedAt && <ArchivedBadge />}
                    </div>
                    <p className="truncate text-zinc-500" title={project.description || undefined}>
                      {project.description ||
                        (project.isLibrary ? 'The organization-wide content space.' : 'No description')}
                    </p>
                    <div className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 xl:hidden">
                      <span className="md:hidden">
                        <VisibilityBadge visibility={project.visibility} />
                      </span>
                      <span className="text-xs text-zinc-600">{memberCountLabel(project.memberCount)}</span>
                      <span className="flex items-center gap-1 text-xs text-zinc-600 md:hidden">
                        Your role <RoleBadge role={project.role} />
                      </span>
                    </div>
                  </div>
                </div>
              </td>
              <td className={cn('px-5 py-3.5', wide)}>
                <VisibilityBadge visibility={project.visibility} />
              </td>
              <td className={cn('px-5 py-3.5 whitespace-nowrap text-zinc-600', wider)}>
                {memberCountLabel(project.memberCount)}
              </td>
              <td className={cn('px-5 py-3.5', wide)}>
                <RoleBadge role={project.role} />
              </td>
              {manageable && (
                <td className="py-3.5 pr-4 text-right max-md:pr-2">
                  {!project.isLibrary && <ProjectRowMenu project={project} />}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
