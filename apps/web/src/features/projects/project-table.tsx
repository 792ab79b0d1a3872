import { Link } from '@tanstack/react-router';
import { FolderKanban, Library } from 'lucide-react';
import { focusRing } from '../../components/ui/button';
import { cn } from '../../lib/cn';
import { ArchivedBadge, LibraryBadge, RoleBadge, VisibilityBadge } from './project-badges';
import { memberCountLabel } from './project-format';
import type { Project } from './project-queries';
import { ProjectRowMenu } from './project-row-menu';

const th =
  'px-5 py-2.5 text-left text-xs font-medium tracking-wide whitespace-nowrap text-zinc-500 uppercase';

/** The projects the user sees; owners and admins get a menu per row (never on the Library). */
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
    <table className="w-full table-fixed text-sm">
      <thead className="border-b border-zinc-100 bg-zinc-50/60">
        <tr>
          <th scope="col" className={th}>
            Project
          </th>
          <th scope="col" className={cn(th, 'w-48')}>
            Visibility
          </th>
          <th scope="col" className={cn(th, 'w-36')}>
            Members
          </th>
          <th scope="col" className={cn(th, 'w-32')}>
            Your role
          </th>
          {manageable && (
            <th scope="col" className="w-14">
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
              <td className="px-5 py-3.5">
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
                        className={cn(
                          'truncate rounded-sm font-medium text-zinc-900 hover:text-indigo-600 hover:underline',
                          focusRing,
                        )}
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
                  </div>
                </div>
              </td>
              <td className="px-5 py-3.5">
                <VisibilityBadge visibility={project.visibility} />
              </td>
              <td className="px-5 py-3.5 whitespace-nowrap text-zinc-600">
                {memberCountLabel(project.memberCount)}
              </td>
              <td className="px-5 py-3.5">
                <RoleBadge role={project.role} />
              </td>
              {manageable && (
                <td className="py-3.5 pr-4 text-right">
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
